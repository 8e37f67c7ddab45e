package org.joinedup.pathway.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The draft's page history: who changed which stage, step or hand-over and when, field by
 * field against the revision before, for the whole draft and for one item, newest first and
 * paged, for those who read the draft only.
 */
@JoinedUpTest
@DirtiesContext
class DraftHistoryTest extends KidneyPathwayTest {

    @Autowired
    DraftHistory draftHistory;

    @Test
    void the_whole_draft_lists_every_change_newest_first_with_who_made_it() {
        signInAs("pharmacist");
        List<DraftRevisionEntry> changes = draftHistory.changes(pathway.workspaceId(), 0, 50);

        assertThat(changes).extracting(DraftRevisionEntry::subject, DraftRevisionEntry::action, DraftRevisionEntry::title)
                .containsExactly(
                        entry(Subject.HANDOVER, RevisionAction.ADDED, "Annual kidney check \u2192 Renal clinic review"),
                        entry(Subject.STEP, RevisionAction.ADDED, "Renal clinic review"),
                        entry(Subject.STEP, RevisionAction.ADDED, "Annual kidney check"),
                        entry(Subject.STAGE, RevisionAction.ADDED, "Assessment"),
                        entry(Subject.STAGE, RevisionAction.ADDED, "Recognition"));
        assertThat(changes).extracting(DraftRevisionEntry::changedBy).containsOnly("Dr Priya Shah");
        assertThat(changes.get(2).place()).isEqualTo("Recognition");
        assertThat(changes.get(2).fields()).contains(
                new FieldChange("Title", "", "Annual kidney check"),
                new FieldChange("Care setting", "", "Primary care"),
                new FieldChange("Description", "", "eGFR and urine ACR once a year for people at risk."));
        assertThat(draftHistory.countChanges(pathway.workspaceId())).isEqualTo(5);
    }

    @Test
    void a_saved_step_shows_only_the_fields_it_changed_against_the_save_before() {
        signInAs("nurse");
        StepDetails first = drafts.saveStep(pathway.gpStep(), drafts.step(pathway.gpStep()).version(),
                drafts.step(pathway.gpStep()).fields().withDescription("eGFR and urine ACR every year."));
        signInAs("gp");
        drafts.saveStep(pathway.gpStep(), first.version(), first.fields().withCareSetting(CareSetting.COMMUNITY));

        signInAs("lnc");
        List<DraftRevisionEntry> ofTheStep = draftHistory.changesOf(pathway.workspaceId(), first.key(), 0, 10);
        assertThat(ofTheStep).extracting(DraftRevisionEntry::action, DraftRevisionEntry::changedBy).containsExactly(
                entry(RevisionAction.SAVED, "Dr Priya Shah"), entry(RevisionAction.SAVED, "Jo Williams"),
                entry(RevisionAction.ADDED, "Dr Priya Shah"));
        assertThat(ofTheStep.get(0).fields()).containsExactly(new FieldChange("Care setting", "Primary care", "Community care"));
        assertThat(ofTheStep.get(1).fields()).containsExactly(new FieldChange("Description",
                "eGFR and urine ACR once a year for people at risk.", "eGFR and urine ACR every year."));
        assertThat(draftHistory.countChangesOf(pathway.workspaceId(), first.key())).isEqualTo(3);
        assertThat(draftHistory.item(pathway.workspaceId(), first.key())).hasValueSatisfying(item -> {
            assertThat(item.title()).isEqualTo("Annual kidney check");
            assertThat(item.deleted()).isFalse();
        });
    }

    @Test
    void moves_renames_hand_over_saves_and_deletions_are_listed_with_what_they_changed() {
        signInAs("nurse");
        String gpKey = drafts.step(pathway.gpStep()).key();
        drafts.renameStage(pathway.recognitionStage(), drafts.stage(pathway.recognitionStage()).version(), "Finding it early");
        drafts.moveStep(pathway.gpStep(), pathway.assessmentStage(), 0);
        var handover = drafts.handoversOf(pathway.clinicStep()).getFirst();
        drafts.saveHandover(handover.id(), handover.version(), new HandoverFields(handover.fields().trigger(),
                "Latest eGFR results", handover.fields().pendingResults(), "Within 2 weeks"));
        drafts.deleteStep(pathway.gpStep());

        signInAs("lmc");
        List<DraftRevisionEntry> changes = draftHistory.changes(pathway.workspaceId(), 0, 5);
        assertThat(changes).extracting(DraftRevisionEntry::subject, DraftRevisionEntry::action).containsExactly(
                entry(Subject.STEP, RevisionAction.DELETED), entry(Subject.HANDOVER, RevisionAction.DELETED),
                entry(Subject.HANDOVER, RevisionAction.SAVED), entry(Subject.STEP, RevisionAction.MOVED),
                entry(Subject.STAGE, RevisionAction.SAVED));
        assertThat(changes.get(0).fields()).contains(new FieldChange("Title", "Annual kidney check", ""));
        assertThat(changes.get(2).fields()).containsExactly(
                new FieldChange("Information that travels", "", "Latest eGFR results"),
                new FieldChange("Expected response time", "", "Within 2 weeks"));
        assertThat(changes.get(3).fields()).containsExactly(new FieldChange("Stage", "Finding it early", "Assessment"));
        assertThat(changes.get(4).fields()).containsExactly(new FieldChange("Title", "Recognition", "Finding it early"));
        assertThat(changes).extracting(DraftRevisionEntry::changedBy).containsOnly("Jo Williams");

        assertThat(draftHistory.item(pathway.workspaceId(), gpKey)).hasValueSatisfying(item -> {
            assertThat(item.subject()).isEqualTo(Subject.STEP);
            assertThat(item.deleted()).as("a deleted step's history can still be read").isTrue();
        });
        assertThat(draftHistory.changesOf(pathway.workspaceId(), gpKey, 0, 10)).extracting(DraftRevisionEntry::action)
                .containsExactly(RevisionAction.DELETED, RevisionAction.MOVED, RevisionAction.ADDED);
    }

    @Test
    void restoring_a_version_is_listed_under_the_convenor_with_the_fields_it_brought_back() {
        publishAsAgreed("First version");
        signInAs("nurse");
        StepDetails step = drafts.step(pathway.clinicStep());
        drafts.saveStep(step.id(), step.version(), step.fields().withTitle("Renal clinic"));
        signInAs("gp");
        history.restore(pathway.workspaceId(), 1);

        List<DraftRevisionEntry> ofTheStep = draftHistory.changesOf(pathway.workspaceId(), step.key(), 0, 10);
        assertThat(ofTheStep.getFirst().action()).isEqualTo(RevisionAction.RESTORED);
        assertThat(ofTheStep.getFirst().changedBy()).isEqualTo("Dr Priya Shah");
        assertThat(ofTheStep.getFirst().fields()).containsExactly(new FieldChange("Title", "Renal clinic", "Renal clinic review"));
    }

    @Test
    void a_step_changed_before_history_was_kept_compares_its_first_recorded_save_with_how_it_stood() {
        signInAs("gp");
        String key = drafts.step(pathway.clinicStep()).key();
        jdbc.update("update draft_revision set previous_id = null where item_key = ?", key);
        jdbc.update("delete from draft_revision where item_key = ?", key);
        StepDetails step = drafts.step(pathway.clinicStep());
        drafts.saveStep(step.id(), step.version(), step.fields().withDescription("Seen within 18 weeks."));

        assertThat(draftHistory.changesOf(pathway.workspaceId(), key, 0, 10)).singleElement().satisfies(saved -> {
            assertThat(saved.action()).isEqualTo(RevisionAction.SAVED);
            assertThat(saved.fields()).containsExactly(new FieldChange("Description", "", "Seen within 18 weeks."));
        });
    }

    @Test
    void the_history_is_paged() {
        signInAs("nurse");
        for (int i = 1; i <= 12; i++) {
            StepDetails step = drafts.step(pathway.gpStep());
            drafts.saveStep(step.id(), step.version(), step.fields().withDescription("Check " + i));
        }
        String key = drafts.step(pathway.gpStep()).key();

        assertThat(draftHistory.countChangesOf(pathway.workspaceId(), key)).isEqualTo(13);
        List<DraftRevisionEntry> second = draftHistory.changesOf(pathway.workspaceId(), key, 10, 10);
        assertThat(second).hasSize(3);
        assertThat(second.get(0).fields()).containsExactly(new FieldChange("Description", "Check 1", "Check 2"));
        assertThat(second.get(2).action()).isEqualTo(RevisionAction.ADDED);
        assertThat(draftHistory.changes(pathway.workspaceId(), 0, 10)).hasSize(10);
        assertThat(draftHistory.countChanges(pathway.workspaceId())).isEqualTo(17);
    }

    @Test
    void only_those_who_read_the_draft_see_its_history() {
        signInAs("gp");
        String key = drafts.step(pathway.gpStep()).key();
        signInAs("patient");
        assertThatThrownBy(() -> draftHistory.changes(pathway.workspaceId(), 0, 10))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        signInAs("consultant");
        assertThatThrownBy(() -> draftHistory.changes(pathway.workspaceId(), 0, 10))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        assertThatThrownBy(() -> draftHistory.countChanges(pathway.workspaceId()))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        assertThatThrownBy(() -> draftHistory.changesOf(pathway.workspaceId(), key, 0, 10))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        assertThatThrownBy(() -> draftHistory.item(pathway.workspaceId(), key))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
    }

    private static Tuple entry(Object... values) {
        return Tuple.tuple(values);
    }
}
