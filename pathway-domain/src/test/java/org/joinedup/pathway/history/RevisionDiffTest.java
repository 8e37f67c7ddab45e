package org.joinedup.pathway.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.history.RevisionDiff.Move;
import org.joinedup.pathway.history.RevisionDiff.Revision;
import org.junit.jupiter.api.Test;

/** What one revision of a stage, step or hand-over changed, compared with the one before it. */
class RevisionDiffTest {

    private static final StepFields CHECK = StepFields.titled("Annual kidney check", CareSetting.PRIMARY);

    @Test
    void a_save_shows_only_the_fields_that_changed_as_a_person_reads_them() {
        StepFields after = CHECK.withCareSetting(CareSetting.COMMUNITY).withDescription("eGFR every year.");

        assertThat(RevisionDiff.between(step(RevisionAction.ADDED, CHECK, "Recognition"),
                step(RevisionAction.SAVED, after, "Recognition"))).containsExactly(
                new FieldChange("Care setting", "Primary care", "Community care"),
                new FieldChange("Description", "", "eGFR every year."));
    }

    @Test
    void an_addition_shows_what_was_stated_and_a_deletion_what_was_lost() {
        assertThat(RevisionDiff.between(null, step(RevisionAction.ADDED, CHECK, "Recognition"))).containsExactly(
                new FieldChange("Title", "", "Annual kidney check"),
                new FieldChange("Care setting", "", "Primary care"),
                new FieldChange("Diagnostics can be done in the community", "", "No"));
        assertThat(RevisionDiff.between(step(RevisionAction.SAVED, CHECK, "Recognition"),
                step(RevisionAction.DELETED, CHECK, "Recognition")))
                .startsWith(new FieldChange("Title", "Annual kidney check", ""));
    }

    @Test
    void a_save_that_changed_nothing_shows_nothing_and_a_save_does_not_report_its_stage_renamed_meanwhile() {
        assertThat(RevisionDiff.between(step(RevisionAction.SAVED, CHECK, "Recognition"),
                step(RevisionAction.SAVED, CHECK, "Finding it early"))).isEmpty();
    }

    @Test
    void a_restore_that_puts_a_step_back_in_another_stage_says_so() {
        assertThat(RevisionDiff.between(step(RevisionAction.SAVED, CHECK, "Assessment"),
                step(RevisionAction.RESTORED, CHECK.withTitle("Kidney check"), "Recognition"))).containsExactly(
                new FieldChange("Title", "Annual kidney check", "Kidney check"),
                new FieldChange("Stage", "Assessment", "Recognition"));
    }

    @Test
    void a_move_shows_where_the_item_went() {
        Revision moved = new Revision(Subject.STEP, RevisionAction.MOVED, "Annual kidney check", "Assessment", CHECK,
                null, new Move("Stage", "Recognition", "Assessment"));

        assertThat(RevisionDiff.between(step(RevisionAction.ADDED, CHECK, "Recognition"), moved))
                .containsExactly(new FieldChange("Stage", "Recognition", "Assessment"));
    }

    @Test
    void stages_compare_their_title_and_hand_overs_their_fields() {
        Revision recognition = new Revision(Subject.STAGE, RevisionAction.ADDED, "Recognition", null, null, null, null);
        Revision renamed = new Revision(Subject.STAGE, RevisionAction.SAVED, "Finding it early", null, null, null, null);
        assertThat(RevisionDiff.between(recognition, renamed))
                .containsExactly(new FieldChange("Title", "Recognition", "Finding it early"));

        HandoverFields trigger = HandoverFields.triggeredBy("eGFR falls by 25%");
        Revision added = new Revision(Subject.HANDOVER, RevisionAction.ADDED, "A \u2192 B", null, null, trigger, null);
        Revision saved = new Revision(Subject.HANDOVER, RevisionAction.SAVED, "A \u2192 B", null, null,
                new HandoverFields("eGFR falls by 25%", "", "The renal team", "Within 2 weeks"), null);
        assertThat(RevisionDiff.between(added, saved)).containsExactly(
                new FieldChange("Who acts on pending results", HandoverFields.DEFAULT_PENDING_RESULTS, "The renal team"),
                new FieldChange("Expected response time", "", "Within 2 weeks"));
    }

    private static Revision step(RevisionAction action, StepFields fields, String stage) {
        return new Revision(Subject.STEP, action, fields.title(), stage, fields, null, null);
    }
}
