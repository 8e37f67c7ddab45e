package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwayChange.Kind;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.draft.PathwaySnapshot.BrokenBranch;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.junit.jupiter.api.Test;

/** Decisions in the comparison of versions and the broken-branch rule, without a database. */
class BranchDiffTest {

    static final StepFields QUESTION = StepFields.titled("eGFR below 30?", CareSetting.PRIMARY);
    static final Step RECHECK = new Step("recheck", StepFields.titled("Recheck in 3 months", CareSetting.PRIMARY));
    static final Step CLINIC = new Step("clinic", StepFields.titled("Renal clinic", CareSetting.SECONDARY));

    static PathwaySnapshot pathway(Step... steps) {
        return new PathwaySnapshot(List.of(new Stage("stage", "Assessment", List.of(steps))), List.of());
    }

    static Step decision(Branch... branches) {
        return new Step("decision", QUESTION, List.of(branches));
    }

    @Test
    void adding_branches_to_a_step_is_a_change_to_that_step_naming_each_answer_and_where_it_leads() {
        List<PathwayChange> changes = PathwayDiff.between(pathway(new Step("decision", QUESTION), RECHECK, CLINIC),
                pathway(decision(new Branch("Yes", "clinic"), new Branch("No", "recheck")), RECHECK, CLINIC));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.title()).isEqualTo("eGFR below 30?");
            assertThat(change.fields()).containsExactly(new FieldChange(PathwayDiff.BRANCHES, "",
                    "Yes \u2192 Renal clinic; No \u2192 Recheck in 3 months"));
        });
        assertThat(PathwayDiff.affectedSettings(changes)).containsExactly(CareSetting.PRIMARY);
    }

    @Test
    void pointing_a_branch_elsewhere_is_reported_and_renaming_its_target_is_not_a_branch_change() {
        PathwaySnapshot before = pathway(decision(new Branch("Yes", "clinic")), RECHECK, CLINIC);

        assertThat(PathwayDiff.between(before, pathway(decision(new Branch("Yes", "recheck")), RECHECK, CLINIC)))
                .singleElement().satisfies(change -> assertThat(change.fields()).containsExactly(
                        new FieldChange(PathwayDiff.BRANCHES, "Yes \u2192 Renal clinic", "Yes \u2192 Recheck in 3 months")));
        Step renamed = new Step("clinic", CLINIC.fields().withTitle("Kidney clinic"));
        assertThat(PathwayDiff.between(before, pathway(decision(new Branch("Yes", "clinic")), RECHECK, renamed)))
                .singleElement().satisfies(change -> {
                    assertThat(change.key()).isEqualTo("clinic");
                    assertThat(change.fields()).extracting(FieldChange::field).containsExactly("Title");
                });
    }

    @Test
    void a_new_decision_lists_its_branches_with_its_fields() {
        List<PathwayChange> changes = PathwayDiff.between(pathway(RECHECK, CLINIC),
                pathway(decision(new Branch("Yes", "clinic")), RECHECK, CLINIC));

        assertThat(changes).filteredOn(change -> change.kind() == Kind.ADDED).singleElement()
                .satisfies(change -> assertThat(change.fields()).contains(
                        new FieldChange(PathwayDiff.BRANCHES, "", "Yes \u2192 Renal clinic")));
    }

    @Test
    void a_branch_to_a_step_that_is_not_there_is_broken_and_says_which_decision_and_answer() {
        PathwaySnapshot content = pathway(decision(new Branch("Yes", "clinic"), new Branch("No", "gone")), RECHECK, CLINIC);

        assertThat(content.brokenBranches()).containsExactly(new BrokenBranch("decision", "eGFR below 30?", "No"));
        assertThat(PathwaySnapshot.brokenBranchesMessage(content.brokenBranches())).isEqualTo(
                "The decision \u201ceGFR below 30?\u201d has a branch \u201cNo\u201d to a step that has been deleted."
                        + " Point it to another step, or remove it, in the draft.");
        assertThat(pathway(decision(new Branch("Yes", "clinic")), CLINIC).brokenBranches()).isEmpty();
    }
}
