package org.joinedup.pathway.internal;

import static org.joinedup.pathway.internal.WorkspaceChange.quoted;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to the draft's stages and steps; each names the stages whose content or order changed. */
public sealed interface DraftChange extends WorkspaceChange {

    record StageAdded(long workspaceId, long stageId, String title) implements DraftChange {
        public String action() { return "pathway.stage-added"; }
        public String auditText() { return "Added stage " + quoted(title); }
        public Kind kind() { return Kind.STAGE_CHANGED; }
        public String message() { return "added the stage " + quoted(title); }
        public Long subjectId() { return stageId; }
        public List<Long> stageIds() { return List.of(stageId); }
    }

    record StageRenamed(long workspaceId, long stageId, String before, String after) implements DraftChange {
        public String action() { return "pathway.stage-renamed"; }
        public String auditText() { return "Renamed stage " + quoted(before) + " to " + quoted(after); }
        public Kind kind() { return Kind.STAGE_CHANGED; }
        public String message() { return "renamed the stage " + quoted(before); }
        public Long subjectId() { return stageId; }
        public List<Long> stageIds() { return List.of(stageId); }
    }

    /** {@code order} is every stage of the draft in its new order. */
    record StageMoved(long workspaceId, long stageId, String title, List<Long> order) implements DraftChange {
        public StageMoved {
            order = List.copyOf(order);
        }
        public String action() { return "pathway.stage-moved"; }
        public String auditText() { return "Moved stage " + quoted(title) + " to position " + (order.indexOf(stageId) + 1); }
        public Kind kind() { return Kind.STAGES_REORDERED; }
        public String message() { return "moved the stage " + quoted(title); }
        public Long subjectId() { return stageId; }
        public List<Long> stageIds() { return order; }
    }

    record StageDeleted(long workspaceId, long stageId, String title) implements DraftChange {
        public String action() { return "pathway.stage-deleted"; }
        public String auditText() { return "Deleted stage " + quoted(title); }
        public Kind kind() { return Kind.STAGE_CHANGED; }
        public String message() { return "deleted the stage " + quoted(title); }
        public Long subjectId() { return stageId; }
        public List<Long> stageIds() { return List.of(stageId); }
    }

    record StepAdded(long workspaceId, long stepId, long stageId, String title, CareSetting setting, String stageTitle)
            implements DraftChange {
        public String action() { return "pathway.step-added"; }
        public String auditText() {
            return "Added step " + quoted(title) + " (" + setting.label() + ") to stage " + quoted(stageTitle);
        }
        public Kind kind() { return Kind.STEP_ADDED; }
        public String message() { return "added the step " + quoted(title); }
        public Long subjectId() { return stepId; }
        public List<Long> stageIds() { return List.of(stageId); }
    }

    /** {@code changedFields} names the fields the save changed, for the audit trail. */
    record StepSaved(long workspaceId, long stepId, long stageId, String title, String changedFields)
            implements DraftChange {
        public String action() { return "pathway.step-saved"; }
        public String auditText() { return "Saved step " + quoted(title) + ": " + changedFields; }
        public Kind kind() { return Kind.STEP_SAVED; }
        public String message() { return "saved the step " + quoted(title); }
        public Long subjectId() { return stepId; }
        public List<Long> stageIds() { return List.of(stageId); }
    }

    record StepDeleted(long workspaceId, long stepId, long stageId, String title, CareSetting setting,
            int handoversDeleted) implements DraftChange {
        public String action() { return "pathway.step-deleted"; }
        public String auditText() {
            return "Deleted step " + quoted(title) + " (" + setting.label() + ")"
                    + (handoversDeleted == 0 ? "" : " and its " + handoversDeleted + " hand-over(s)");
        }
        public Kind kind() { return Kind.STEP_DELETED; }
        public String message() { return "deleted the step " + quoted(title); }
        public Long subjectId() { return stepId; }
        public List<Long> stageIds() { return List.of(stageId); }
    }

    /** A step moved to {@code position} (0 is first) of stage {@code toStageId}, which may be the stage it was in. */
    record StepMoved(long workspaceId, long stepId, long fromStageId, long toStageId, String title, String toStageTitle,
            int position) implements DraftChange {
        public String action() { return "pathway.step-moved"; }
        public String auditText() {
            return "Moved step " + quoted(title) + " to stage " + quoted(toStageTitle) + ", position " + (position + 1);
        }
        public Kind kind() { return Kind.STEP_MOVED; }
        public String message() { return "moved the step " + quoted(title); }
        public Long subjectId() { return stepId; }
        public List<Long> stageIds() {
            return fromStageId == toStageId ? List.of(fromStageId) : List.of(fromStageId, toStageId);
        }
    }

    /** A step's branches set: {@code labels} in order; none makes it an ordinary step again. */
    record BranchesSet(long workspaceId, long stepId, long stageId, String title, List<String> labels)
            implements DraftChange {
        public BranchesSet {
            labels = List.copyOf(labels);
        }
        public String action() { return "pathway.branches-set"; }
        public String auditText() {
            return labels.isEmpty() ? "Removed the branches of step " + quoted(title)
                    : "Set the branches of the decision " + quoted(title) + ": "
                            + String.join(", ", labels.stream().map(WorkspaceChange::quoted).toList());
        }
        public Kind kind() { return Kind.STEP_SAVED; }
        public String message() { return "changed the branches of " + quoted(title); }
        public Long subjectId() { return stepId; }
        public List<Long> stageIds() { return List.of(stageId); }
    }
}
