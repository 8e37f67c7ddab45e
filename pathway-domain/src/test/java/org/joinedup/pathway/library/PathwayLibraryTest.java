package org.joinedup.pathway.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceSettings;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathway;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Who finds which published pathway in the library, and what the filters and pages show.
 * The kidney pathway's people: Dr Priya Shah (gp) convenes, Jo Williams (nurse) edits,
 * Margaret Hill (patient) is its patient partner; Maria Costa (socialcare) is a clinician
 * who is not a member; Lucy Evans (moderator) is staff but no clinician.
 */
@JoinedUpTest
@DirtiesContext
class PathwayLibraryTest extends KidneyPathwayTest {

    @Autowired
    PathwayLibrary library;

    @Test
    void a_clinician_who_is_not_a_member_finds_the_published_pathway_with_its_version_agreements_and_review_date() {
        publishAsAgreed("First agreed version");

        signInAs("socialcare");
        LibraryEntry entry = entryFor(pathway.workspaceId());

        assertThat(entry.title()).isEqualTo("Chronic kidney disease \u2014 Test Place");
        assertThat(entry.condition()).isEqualTo("Chronic kidney disease");
        assertThat(entry.locality()).isEqualTo("Test Place");
        assertThat(entry.versionNumber()).isEqualTo(1);
        assertThat(entry.agreements()).extracting(Agreement::careSetting, Agreement::agreedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CareSetting.PRIMARY, "Dr Ben Carter"),
                        org.assertj.core.groups.Tuple.tuple(CareSetting.SECONDARY, "Dr Aisha Khan"));
        assertThat(entry.reviewDue()).isEqualTo(LocalDate.now().plusMonths(24));
        assertThat(entry.reviewOverdue()).isFalse();
        assertThat(entry.member()).isFalse();
        assertThat(entry.readsVersion()).isTrue();
        assertThat(history.published(pathway.workspaceId(), 1).title()).isEqualTo(entry.title());
    }

    @Test
    void only_the_latest_version_is_listed_and_a_workspace_not_yet_published_is_not() {
        publishAsAgreed("First agreed version");
        StepDetails step = drafts.step(pathway.gpStep());
        drafts.saveStep(step.id(), step.version(), step.fields().withDescription("eGFR and urine ACR twice a year."));
        long second = proposals.open(pathway.workspaceId(), "Second version", LocalDate.now().plusDays(14)).id();
        signInAs("lmc");
        proposals.agree(second, 1, CareSetting.PRIMARY);
        signInAs("gp");
        proposals.publish(second);
        KidneyPathway unpublished = KidneyPathway.create(workspaces, drafts, users, jdbc);

        signInAs("gp");
        List<LibraryEntry> mine = library.entries(LibraryFilter.NONE, 0, 1000).stream()
                .filter(entry -> entry.workspaceId() == pathway.workspaceId() || entry.workspaceId() == unpublished.workspaceId())
                .toList();

        assertThat(mine).extracting(LibraryEntry::workspaceId, LibraryEntry::versionNumber, LibraryEntry::myRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pathway.workspaceId(), 2, WorkspaceRole.CONVENOR));
    }

    @Test
    void a_patient_partner_finds_pathways_for_their_what_to_expect_pages_only() {
        publishAsAgreed("First agreed version");

        signInAs("patient");
        LibraryEntry asMember = entryFor(pathway.workspaceId());
        assertThat(asMember.myRole()).isEqualTo(WorkspaceRole.PATIENT_PARTNER);
        assertThat(asMember.readsVersion()).isFalse();

        signInAs("gp");
        workspaces.removeMember(pathway.workspaceId(), personId("patient"));
        signInAs("patient");
        LibraryEntry asOutsider = entryFor(pathway.workspaceId());
        assertThat(asOutsider.member()).isFalse();
        assertThat(asOutsider.readsVersion()).isFalse();
        assertThat(history.forPatients(pathway.workspaceId(), 1).title()).isEqualTo(asOutsider.title());
        assertThatThrownBy(() -> history.published(pathway.workspaceId(), 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_who_are_not_clinicians_find_only_the_pathways_of_workspaces_they_read() {
        publishAsAgreed("First agreed version");

        signInAs("moderator");

        assertThat(ids(LibraryFilter.NONE)).doesNotContain(pathway.workspaceId());
    }

    @Test
    void a_confidential_pathway_is_never_listed_or_readable_for_anyone_outside_the_workspace() {
        publishAsAgreed("First agreed version");
        WorkspaceDetails details = workspaces.workspace(pathway.workspaceId());
        workspaces.updateSettings(pathway.workspaceId(), details.version(), new WorkspaceSettings(details.condition(),
                "Pilot Place", details.visibility(), details.reviewIntervalMonths(),
                "Piloted with one practice before it is shared"));
        signInAs("gp");
        workspaces.removeMember(pathway.workspaceId(), personId("patient"));

        for (String outsider : List.of("socialcare", "patient", "moderator")) {
            signInAs(outsider);
            assertThat(ids(LibraryFilter.NONE)).as(outsider).doesNotContain(pathway.workspaceId());
            assertThat(library.count(LibraryFilter.NONE.withText("Pilot Place"))).as(outsider).isZero();
            assertThat(library.localities()).as(outsider).doesNotContain("Pilot Place");
            assertThatThrownBy(() -> history.published(pathway.workspaceId(), 1)).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> history.forPatients(pathway.workspaceId(), 1)).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }

        signInAs("nurse");
        LibraryEntry member = entryFor(pathway.workspaceId());
        assertThat(library.localities()).contains("Pilot Place");
        assertThat(member.confidential()).isTrue();
        assertThat(member.readsVersion()).isTrue();
        assertThat(workspaces.workspace(pathway.workspaceId()).confidentialReason())
                .isEqualTo("Piloted with one practice before it is shared");
        assertThat(audited("workspace.confidentiality-changed"))
                .containsExactly("Published pathway kept out of the library: Piloted with one practice before it is shared");
    }

    @Test
    void clearing_the_reason_returns_the_pathway_to_the_library() {
        publishAsAgreed("First agreed version");
        WorkspaceDetails details = workspaces.workspace(pathway.workspaceId());
        details = workspaces.updateSettings(pathway.workspaceId(), details.version(), new WorkspaceSettings(
                details.condition(), details.locality(), details.visibility(), details.reviewIntervalMonths(), "Pilot"));
        assertThat(details.confidential()).isTrue();
        details = workspaces.updateSettings(pathway.workspaceId(), details.version(), new WorkspaceSettings(
                details.condition(), details.locality(), details.visibility(), details.reviewIntervalMonths(), " "));

        assertThat(details.confidential()).isFalse();
        signInAs("socialcare");
        assertThat(ids(LibraryFilter.NONE)).contains(pathway.workspaceId());
    }

    @Test
    void a_reason_that_identifies_a_patient_is_refused_and_changes_nothing() {
        signInAs("gp");
        WorkspaceDetails details = workspaces.workspace(pathway.workspaceId());

        assertThatThrownBy(() -> workspaces.updateSettings(pathway.workspaceId(), details.version(), new WorkspaceSettings(
                details.condition(), details.locality(), details.visibility(), details.reviewIntervalMonths(),
                "Mentions NHS number 943 476 5919")))
                .isInstanceOf(IdentifiersFoundException.class);
        assertThat(workspaces.workspace(pathway.workspaceId()).confidential()).isFalse();
    }

    @Test
    void filters_narrow_the_library_by_setting_locality_review_date_publication_and_text() {
        publishAsAgreed("First agreed version");
        long id = pathway.workspaceId();
        LocalDate today = LocalDate.now();
        signInAs("socialcare");

        assertThat(ids(LibraryFilter.NONE.withCareSetting(CareSetting.PRIMARY))).contains(id);
        assertThat(ids(LibraryFilter.NONE.withCareSetting(CareSetting.COMMUNITY))).doesNotContain(id);
        assertThat(ids(LibraryFilter.NONE.withLocality("Test Place"))).contains(id);
        assertThat(ids(LibraryFilter.NONE.withLocality("North Place"))).doesNotContain(id);
        assertThat(library.localities()).contains("Test Place");
        assertThat(ids(LibraryFilter.NONE.withReviewDueBefore(today.plusMonths(25)))).contains(id);
        assertThat(ids(LibraryFilter.NONE.withReviewDueBefore(today.plusMonths(23)))).doesNotContain(id);
        assertThat(ids(LibraryFilter.NONE.withOverdue(true))).doesNotContain(id);
        assertThat(ids(LibraryFilter.NONE.withPublishedSince(today.minusDays(1)))).contains(id);
        assertThat(ids(LibraryFilter.NONE.withPublishedSince(today.plusDays(1)))).doesNotContain(id);
        assertThat(ids(LibraryFilter.NONE.withText("kidney"))).contains(id);
        assertThat(ids(LibraryFilter.NONE.withText("test pl"))).contains(id);
        assertThat(ids(LibraryFilter.NONE.withText("asthma"))).doesNotContain(id);
        assertThat(ids(LibraryFilter.NONE.withText("%"))).doesNotContain(id);
        assertThat(ids(LibraryFilter.NONE.withCareSetting(CareSetting.SECONDARY).withText("kidney")
                .withLocality("Test Place"))).contains(id);
    }

    @Test
    void the_library_pages_by_condition_then_locality() {
        publishAsAgreed("First agreed version");
        renameLocality(pathway.workspaceId(), "Paging Place C");
        for (String locality : List.of("Paging Place A", "Paging Place B")) {
            KidneyPathway other = KidneyPathway.create(workspaces, drafts, users, jdbc);
            signInAs("gp");
            long proposal = proposals.open(other.workspaceId(), "First", LocalDate.now().plusDays(14)).id();
            agreeAndPublish(proposal);
            renameLocality(other.workspaceId(), locality);
        }
        LibraryFilter paging = LibraryFilter.NONE.withText("Paging Place");
        signInAs("socialcare");

        assertThat(library.count(paging)).isEqualTo(3);
        assertThat(library.entries(paging, 0, 2)).extracting(LibraryEntry::locality)
                .containsExactly("Paging Place A", "Paging Place B");
        assertThat(library.entries(paging, 2, 2)).extracting(LibraryEntry::locality).containsExactly("Paging Place C");
    }

    private void renameLocality(long workspaceId, String locality) {
        signInAs("gp");
        WorkspaceDetails details = workspaces.workspace(workspaceId);
        workspaces.updateSettings(workspaceId, details.version(), new WorkspaceSettings(details.condition(), locality,
                details.visibility(), details.reviewIntervalMonths()));
    }

    private LibraryEntry entryFor(long workspaceId) {
        return library.entries(LibraryFilter.NONE, 0, 1000).stream().filter(entry -> entry.workspaceId() == workspaceId)
                .findFirst().orElseThrow(() -> new AssertionError("Workspace " + workspaceId + " is not in the library"));
    }

    private List<Long> ids(LibraryFilter filter) {
        return library.entries(filter, 0, 1000).stream().map(LibraryEntry::workspaceId).toList();
    }

    private List<String> audited(String action) {
        return jdbc.queryForList("select details from audit_entry where action = ? and subject_id = ? order by id",
                String.class, action, pathway.workspaceId());
    }
}
