package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.diagram.Diagram;
import org.joinedup.pathway.diagram.DraftDiagram;
import org.joinedup.pathway.diagram.PathwayDiagrams;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.proposal.PublicationRefusedException;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/** Decision points on a real database: branches set, kept in versions, broken by a deletion and blocking publication. */
@JoinedUpTest
@DirtiesContext
class DecisionBranchesTest extends KidneyPathwayTest {

    @Autowired
    PathwayDiagrams diagrams;

    StepDetails decision;
    String gpKey;
    String clinicKey;

    @BeforeEach
    void addDecision() {
        signInAs("nurse");
        decision = drafts.addStep(pathway.recognitionStage(), StepFields.titled("eGFR below 30?", CareSetting.PRIMARY));
        gpKey = drafts.step(pathway.gpStep()).key();
        clinicKey = drafts.step(pathway.clinicStep()).key();
    }

    @Test
    void a_step_becomes_a_decision_with_labelled_branches_that_every_reader_sees() {
        drafts.setBranches(decision.id(), List.of(new BranchFields(" Yes ", clinicKey), new BranchFields("No", gpKey)));

        signInAs("pharmacist");
        assertThat(drafts.branchesOf(decision.id()))
                .extracting(BranchDetails::label, BranchDetails::targetTitle, BranchDetails::targetSetting, BranchDetails::broken)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Yes", "Renal clinic review", CareSetting.SECONDARY, false),
                        org.assertj.core.groups.Tuple.tuple("No", "Annual kidney check", CareSetting.PRIMARY, false));
        assertThat(drafts.snapshot(pathway.workspaceId()).step(decision.key()).orElseThrow().branches())
                .containsExactly(new Branch("Yes", clinicKey), new Branch("No", gpKey));
        assertThat(jdbc.queryForList("select details from audit_entry where subject_type = 'workspace' and subject_id = ?",
                String.class, pathway.workspaceId()))
                .contains("Set the branches of the decision \u201ceGFR below 30?\u201d: \u201cYes\u201d, \u201cNo\u201d");
    }

    @Test
    void setting_no_branches_makes_it_an_ordinary_step_again() {
        drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", clinicKey)));
        drafts.setBranches(decision.id(), List.of());

        assertThat(drafts.branchesOf(decision.id())).isEmpty();
        assertThat(drafts.snapshot(pathway.workspaceId()).step(decision.key()).orElseThrow().decision()).isFalse();
    }

    @Test
    void a_branch_must_lead_to_another_step_of_the_same_pathway_and_answers_differ() {
        assertThatThrownBy(() -> drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", decision.key()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must lead to another step of this pathway");
        assertThatThrownBy(() -> drafts.setBranches(decision.id(),
                List.of(new BranchFields("Yes", "00000000-0000-0000-0000-000000000000"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must lead to another step");
        assertThatThrownBy(() -> drafts.setBranches(decision.id(),
                List.of(new BranchFields("Yes", clinicKey), new BranchFields("yes", gpKey))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Two branches are labelled");
        assertThatThrownBy(() -> drafts.setBranches(decision.id(), List.of(new BranchFields(" ", clinicKey))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.messages()).containsValue(
                                "Give each branch a label, such as \u201cYes\u201d or \u201cNo\u201d"));
        assertThat(drafts.branchesOf(decision.id())).isEmpty();
    }

    @Test
    void only_editors_set_branches_and_outsiders_cannot_read_them_or_the_diagram() {
        signInAs("pharmacist");
        assertThatThrownBy(() -> drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", clinicKey))))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("consultant");
        assertThatThrownBy(() -> drafts.branchesOf(decision.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.stepChoices(pathway.workspaceId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> diagrams.draft(pathway.workspaceId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deleting_the_step_a_branch_leads_to_breaks_it_and_blocks_proposing_until_it_is_pointed_elsewhere() {
        drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", clinicKey), new BranchFields("No", gpKey)));
        drafts.deleteStep(pathway.clinicStep());

        assertThat(drafts.branchesOf(decision.id())).extracting(BranchDetails::label, BranchDetails::broken)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Yes", true),
                        org.assertj.core.groups.Tuple.tuple("No", false));
        DraftDiagram drawn = diagrams.draft(pathway.workspaceId());
        assertThat(drawn.diagram().from(decision.key())).filteredOn(Diagram.Edge::broken)
                .extracting(Diagram.Edge::label).containsExactly("Yes");

        signInAs("gp");
        LocalDate deadline = LocalDate.now().plusDays(14);
        assertThatThrownBy(() -> proposals.open(pathway.workspaceId(), "First version", deadline))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The decision \u201ceGFR below 30?\u201d has a branch \u201cYes\u201d to a step that has been "
                        + "deleted. Point it to another step, or remove it, in the draft.");

        drafts.setBranches(decision.id(), List.of(new BranchFields("No", gpKey)));
        assertThat(proposals.open(pathway.workspaceId(), "First version", deadline).number()).isEqualTo(1);
    }

    @Test
    void deleting_the_decision_takes_its_branches_with_it() {
        drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", clinicKey)));
        drafts.deleteStep(decision.id());

        assertThat(jdbc.queryForObject("select count(*) from pathway_step_branch where workspace_id = ?", Integer.class,
                pathway.workspaceId())).isZero();
    }

    @Test
    void a_proposal_whose_content_has_a_broken_branch_is_not_published() {
        drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", clinicKey)));
        signInAs("gp");
        long proposal = proposals.open(pathway.workspaceId(), "First version", LocalDate.now().plusDays(14)).id();
        jdbc.update("update change_proposal set proposed_content = replace(proposed_content, ?, ?) where id = ?",
                "\"targetStepKey\":\"" + clinicKey + "\"", "\"targetStepKey\":\"deleted-step\"", proposal);

        assertThatThrownBy(() -> agreeAndPublish(proposal)).isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("has a branch \u201cYes\u201d to a step that has been deleted");
        assertThat(jdbc.queryForObject("select count(*) from pathway_version where workspace_id = ?", Integer.class,
                pathway.workspaceId())).isZero();
    }

    @Test
    void a_published_version_keeps_its_branches_and_restoring_it_brings_them_back() {
        drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", clinicKey), new BranchFields("No", gpKey)));
        publishAsAgreed("Decision added");
        assertThat(history.published(pathway.workspaceId(), 1).content().step(decision.key()).orElseThrow().branches())
                .extracting(Branch::label).containsExactly("Yes", "No");

        drafts.setBranches(decision.id(), List.of());
        history.restore(pathway.workspaceId(), 1);

        assertThat(drafts.branchesOf(decision.id())).extracting(BranchDetails::label).containsExactly("Yes", "No");
        assertThat(history.compareWithDraft(pathway.workspaceId(), 1)).isEmpty();
    }
}
