package org.joinedup.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentType;
import org.joinedup.pathway.draft.DraftPathway;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.proposal.PatientPathway;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.pathway.proposal.PublicationRefusedException;
import org.joinedup.pathway.proposal.SettingSignOff;
import org.joinedup.pathway.proposal.SignOffState;
import org.joinedup.pathway.proposal.VersionSummary;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo pathways, written at start-up as the demo people, and what each screen then has to show. */
@JoinedUpTest
@TestPropertySource(properties = "joinedup.demo.pathways=true")
class DemoPathwaysTest extends PathwayTest {

    private static final String KIDNEY = "Chronic kidney disease \u2014 East Place";
    private static final String FRAILTY = "Frailty and care of older people \u2014 East Place";
    private static final String DIABETES = "Type 2 diabetes \u2014 East Place";

    @Autowired
    DemoPathways demoPathways;
    @Autowired
    AuditTrail audit;
    @Autowired
    DocumentService documents;

    @Test
    void kidney_pathway_is_published_with_every_setting_agreed_and_its_next_proposal_waits_for_primary_care() {
        signInAs("gp");
        WorkspaceSummary kidney = mine(KIDNEY);
        assertThat(kidney.myRole()).isEqualTo(WorkspaceRole.CONVENOR);
        assertThat(kidney.lastVersionNumber()).isEqualTo(2);
        assertThat(kidney.openProposalNumber()).isEqualTo(3);
        assertThat(kidney.draftChanged()).isTrue();

        List<VersionSummary> versions = history.versions(kidney.id(), 0, 10);
        assertThat(versions).extracting(VersionSummary::number).containsExactly(2, 1);
        assertThat(versions.get(1).agreements())
                .extracting(Agreement::careSetting, Agreement::agreedBy)
                .containsExactly(
                        tuple(CareSetting.PRIMARY, "Dr Ben Carter"),
                        tuple(CareSetting.SECONDARY, "Dr Aisha Khan"),
                        tuple(CareSetting.COMMUNITY, "Jo Williams"));
        assertThat(versions.get(0).agreements()).as("version 2 adds a step only primary care takes part in")
                .extracting(Agreement::careSetting, Agreement::agreedBy)
                .containsExactly(tuple(CareSetting.PRIMARY, "Dr Ben Carter"));

        ProposalDetails open = proposals.openProposal(kidney.id()).orElseThrow();
        assertThat(open.revision()).isEqualTo(1);
        assertThat(states(open)).containsExactlyInAnyOrderEntriesOf(Map.of(
                CareSetting.PRIMARY, SignOffState.WAITING, CareSetting.SECONDARY, SignOffState.AGREED));
        assertThat(open.publishable()).isFalse();
        assertThat(open.blockedBecause()).contains("Primary care");

        DraftPathway draft = drafts.open(kidney.id());
        assertShapeOfAFullPathway(draft);
        assertThat(draft.stages()).flatMap(StageDetails::steps)
                .filteredOn(step -> !step.fields().interimNote().isBlank())
                .extracting(step -> step.fields().title())
                .containsExactly("Consultant review in the e-clinic");
        assertCommentsIncludeAMentionAndAResolvedOne(draft);

        signInAs("lmc");
        assertThat(mine(KIDNEY).awaitingMySignOff()).isEqualTo(1);

        signInAs("patient");
        PatientPathway forPatients = history.forPatients(kidney.id(), 1);
        assertThat(forPatients.stages()).hasSizeBetween(5, 7)
                .allSatisfy(stage -> assertThat(stage.steps()).allSatisfy(step ->
                        assertThat(step.whatToExpect()).isNotBlank()));
    }

    @Test
    void kidney_pathway_offers_patients_a_leaflet_published_with_its_first_version() {
        signInAs("patient");
        WorkspaceSummary kidney = mine(KIDNEY);

        assertThat(documents.forPatients(kidney.id(), 1)).singleElement().satisfies(leaflet -> {
            assertThat(leaflet.revision().title()).isEqualTo("Looking after your kidneys");
            assertThat(leaflet.revision().type()).isEqualTo(DocumentType.PDF);
            assertThat(leaflet.stepTitle()).isEqualTo("Annual kidney check for people at risk");
            assertThat(documents.patientFile(kidney.id(), 1, leaflet.revision().id()).content())
                    .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        });
    }

    @Test
    void kidney_pathway_has_a_decision_whose_branches_lead_urgently_to_the_clinic_to_the_e_clinic_or_to_monitoring() {
        signInAs("consultant");
        long kidney = mine(KIDNEY).id();

        PathwaySnapshot published = history.published(kidney, 1).content();

        assertThat(published.steps().filter(PathwaySnapshot.Step::decision)).singleElement().satisfies(decision -> {
            assertThat(decision.fields().title()).isEqualTo("Does the person need a kidney specialist?");
            assertThat(decision.branches()).extracting(branch -> branch.label() + " -> "
                    + published.step(branch.targetStepKey()).orElseThrow().fields().title())
                    .containsExactly("Yes, urgently: eGFR under 15 or falling over days -> Renal clinic assessment",
                            "Yes, not urgent -> Ask the kidney e-clinic",
                            "No -> Ongoing monitoring in general practice");
        });
        assertThat(published.brokenBranches()).isEmpty();
    }

    @Test
    void kidney_pathway_was_written_by_the_demo_people_themselves() {
        signInAs("gp");
        long kidney = mine(KIDNEY).id();
        signInAs("admin");

        List<AuditRecord> entries = audit.history(WorkspaceActivity.AUDIT_SUBJECT, kidney, 0, 500);

        assertThat(entries).extracting(AuditRecord::actorName).doesNotContain("system")
                .contains("Dr Priya Shah", "Dr Tomi Okafor", "Daniel Hughes", "Jo Williams", "Dr Ben Carter",
                        "Dr Aisha Khan", "Dr Chen Li");
        assertThat(entries).extracting(AuditRecord::action)
                .contains("proposal.opened", "proposal.agreed", "proposal.published", "pathway.comment-resolved");
    }

    @Test
    void frailty_pathway_is_published_and_its_next_proposal_is_blocked_by_social_cares_objection() {
        signInAs("qilead");
        WorkspaceSummary frailty = mine(FRAILTY);
        assertThat(frailty.myRole()).isEqualTo(WorkspaceRole.CONVENOR);
        assertThat(frailty.lastVersionNumber()).isEqualTo(1);
        assertThat(history.versions(frailty.id(), 0, 10)).singleElement()
                .satisfies(version -> assertThat(version.agreements()).extracting(Agreement::careSetting)
                        .containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.SECONDARY, CareSetting.COMMUNITY,
                                CareSetting.MENTAL_HEALTH, CareSetting.SOCIAL_CARE));
        assertShapeOfAFullPathway(drafts.open(frailty.id()));

        ProposalDetails open = proposals.openProposal(frailty.id()).orElseThrow();
        assertThat(states(open)).containsEntry(CareSetting.SOCIAL_CARE, SignOffState.OBJECTED)
                .containsEntry(CareSetting.SECONDARY, SignOffState.AGREED);
        assertThat(open.settings()).filteredOn(setting -> setting.state() == SignOffState.OBJECTED).singleElement()
                .satisfies(objection -> {
                    assertThat(objection.decidedBy()).isEqualTo("Maria Costa");
                    assertThat(objection.reason()).contains("weekends");
                });
        assertThatThrownBy(() -> proposals.publish(open.id())).isInstanceOf(PublicationRefusedException.class);
        assertCommentsIncludeAMentionAndAResolvedOne(drafts.open(frailty.id()));
    }

    @Test
    void diabetes_pathway_is_an_unpublished_draft_that_any_clinician_can_read() {
        signInAs("consultant");
        WorkspaceSummary diabetes = workspaces.openWorkspaces(0, 50).stream()
                .filter(summary -> summary.title().equals(DIABETES)).findFirst().orElseThrow();
        assertThat(diabetes.visibility()).isEqualTo(WorkspaceVisibility.ALL_CLINICIANS);
        assertThat(diabetes.lastVersionNumber()).isNull();
        assertThat(diabetes.openProposalNumber()).isNull();
        assertThat(history.countVersions(diabetes.id())).isZero();
        assertThat(proposals.openProposal(diabetes.id())).isEmpty();

        DraftPathway draft = drafts.open(diabetes.id());
        assertThat(draft.permissions().member()).isFalse();
        assertThat(draft.permissions().edits()).isFalse();
        assertShapeOfAFullPathway(draft);
        assertThat(draft.stages()).flatMap(StageDetails::steps)
                .as("steps still being written")
                .anySatisfy(step -> assertThat(step.fields().patientExpectations()).isBlank());
        assertCommentsIncludeAMentionAndAResolvedOne(draft);
    }

    @Test
    void seeding_again_writes_nothing_and_the_audit_chain_holds() throws Exception {
        long workspacesBefore = count("workspace");
        long auditBefore = count("audit_entry");

        demoPathways.run(null);

        assertThat(count("workspace")).isEqualTo(workspacesBefore).isEqualTo(3);
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
        signInAs("admin");
        assertThat(audit.verify().intact()).isTrue();
    }

    private WorkspaceSummary mine(String title) {
        return workspaces.myWorkspaces(0, 50).stream().filter(summary -> summary.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " is not among the signed-in person's workspaces"));
    }

    private static Map<CareSetting, SignOffState> states(ProposalDetails proposal) {
        return proposal.settings().stream().collect(Collectors.toMap(SettingSignOff::careSetting, SettingSignOff::state));
    }

    private static void assertShapeOfAFullPathway(DraftPathway draft) {
        assertThat(draft.stages()).hasSizeBetween(5, 7);
        assertThat(draft.stepCount()).isBetween(10, 20);
        assertThat(draft.handovers()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(handover -> assertThat(handover.fromSetting()).isNotEqualTo(handover.toSetting()));
    }

    private void assertCommentsIncludeAMentionAndAResolvedOne(DraftPathway draft) {
        List<CommentDetails> all = draft.stages().stream().flatMap(stage -> stage.steps().stream())
                .flatMap(step -> comments.comments(step.id()).stream()).toList();
        assertThat(all).anySatisfy(comment -> assertThat(comment.body()).startsWith("@"));
        assertThat(all).anySatisfy(comment -> assertThat(comment.resolved()).isTrue());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
