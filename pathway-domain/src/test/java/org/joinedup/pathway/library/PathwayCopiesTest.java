package org.joinedup.pathway.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.MemberDetails;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceSettings;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A clinician in another locality starts a workspace from a published version: Maria Costa
 * (socialcare), who is not a member of the kidney pathway, copies it to West Place.
 */
@JoinedUpTest
@DirtiesContext
class PathwayCopiesTest extends KidneyPathwayTest {

    @Autowired
    PathwayCopies copies;

    @BeforeEach
    void publish() {
        publishAsAgreed("First agreed version");
    }

    @Test
    void the_copy_starts_with_the_published_pathway_its_copier_as_convenor_and_says_where_it_came_from() {
        signInAs("socialcare");
        WorkspaceDetails copy = copies.copyToLocality(pathway.workspaceId(), 1, new LocalCopy(" West Place "));

        assertThat(copy.title()).isEqualTo("Chronic kidney disease \u2014 West Place");
        assertThat(copy.visibility()).isEqualTo(WorkspaceVisibility.MEMBERS_ONLY);
        assertThat(copy.lastVersionNumber()).isNull();
        assertThat(copy.copiedFrom().workspaceId()).isEqualTo(pathway.workspaceId());
        assertThat(copy.copiedFrom().title()).isEqualTo("Chronic kidney disease \u2014 Test Place");
        assertThat(copy.copiedFrom().versionNumber()).isEqualTo(1);
        assertThat(workspaces.members(copy.id())).extracting(MemberDetails::displayName, MemberDetails::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Maria Costa", WorkspaceRole.CONVENOR));
        PathwaySnapshot copied = drafts.snapshot(copy.id());
        PathwaySnapshot published = history.published(pathway.workspaceId(), 1).content();
        assertThat(copied.steps().map(step -> step.fields().title()).toList())
                .containsExactly("Annual kidney check", "Renal clinic review");
        assertThat(copied).isEqualTo(published);
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'workspace.copied' and subject_id = ?",
                String.class, copy.id()))
                .containsExactly("Started from version 1 of \u201cChronic kidney disease \u2014 Test Place\u201d (workspace "
                        + pathway.workspaceId() + ")");
    }

    @Test
    void changes_to_the_copy_do_not_reach_the_pathway_it_came_from() {
        signInAs("socialcare");
        WorkspaceDetails copy = copies.copyToLocality(pathway.workspaceId(), 1, new LocalCopy("West Place"));
        StepDetails step = drafts.open(copy.id()).stages().getFirst().steps().getFirst();
        drafts.saveStep(step.id(), step.version(), step.fields().withDescription("Checked every six months here."));

        signInAs("gp");
        assertThat(drafts.step(pathway.gpStep()).fields().description())
                .isEqualTo("eGFR and urine ACR once a year for people at risk.");
        assertThat(history.published(pathway.workspaceId(), 1).content().steps().findFirst().orElseThrow().fields()
                .description()).isEqualTo("eGFR and urine ACR once a year for people at risk.");
        assertThat(workspaces.workspace(pathway.workspaceId()).copiedFrom()).isNull();
    }

    @Test
    void a_copy_must_be_for_another_locality() {
        signInAs("socialcare");

        assertThatThrownBy(() -> copies.copyToLocality(pathway.workspaceId(), 1, new LocalCopy("test place")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(((InvalidInputException) refusal).messages()).containsKey("locality"));
        assertThatThrownBy(() -> copies.copyToLocality(pathway.workspaceId(), 1, new LocalCopy(" ")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(((InvalidInputException) refusal).messages())
                        .containsEntry("locality", "Give the locality the copy is for"));
        assertThatThrownBy(() -> copies.copyToLocality(pathway.workspaceId(), 7, new LocalCopy("West Place")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void patient_partners_and_clinicians_outside_a_confidential_workspace_cannot_copy_it() {
        signInAs("patient");
        assertThatThrownBy(() -> copies.copyToLocality(pathway.workspaceId(), 1, new LocalCopy("West Place")))
                .isInstanceOf(WorkspaceAccessDeniedException.class);

        signInAs("gp");
        WorkspaceDetails details = workspaces.workspace(pathway.workspaceId());
        workspaces.updateSettings(pathway.workspaceId(), details.version(), new WorkspaceSettings(details.condition(),
                details.locality(), details.visibility(), details.reviewIntervalMonths(), "Pilot"));
        signInAs("socialcare");
        assertThatThrownBy(() -> copies.copyToLocality(pathway.workspaceId(), 1, new LocalCopy("West Place")))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
    }
}
