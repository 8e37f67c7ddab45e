package org.joinedup.platform.collaboration;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened in a workspace, told to everyone who has it open. Plain values
 * only, so a broker can carry it between nodes. The event names what changed but carries
 * none of its content: receivers reload just that item through the services, which check
 * access again, and redraw only the components that show it.
 *
 * @param kind      what happened
 * @param subjectId the step, stage, hand-over, comment's step or proposal concerned, when
 *                  there is one
 * @param stageIds  the stages whose content or order changed (both stages when a step
 *                  moves between stages; every stage when stages are reordered); empty when
 *                  no stage changed
 * @param actorId   who did it; null when the portal itself did (a scheduled job)
 * @param message   a short sentence for people who have the workspace open
 */
public record CollaborationEvent(long workspaceId, Kind kind, Long subjectId, List<Long> stageIds, Long actorId,
        String actorName, String message, Instant at) {

    public CollaborationEvent {
        stageIds = stageIds == null ? List.of() : List.copyOf(stageIds);
    }

    public enum Kind {
        /** One step's fields changed; {@code stageIds} holds its stage. */
        STEP_SAVED,
        /** A step was added; {@code stageIds} holds its stage. */
        STEP_ADDED,
        /** A step was deleted; {@code stageIds} holds the stage it was in. */
        STEP_DELETED,
        /** A step moved, within a stage or between two; {@code stageIds} holds both. */
        STEP_MOVED,
        /** A stage was added, renamed or deleted; {@code stageIds} holds it. */
        STAGE_CHANGED,
        /** Stages were reordered; {@code stageIds} holds the stages in their new order. */
        STAGES_REORDERED,
        /** A hand-over was added, changed or deleted; subject is the hand-over. */
        HANDOVER_CHANGED,
        /** A step's comments changed; subject is the step. */
        COMMENTS_CHANGED,
        /** A document on a step was added, replaced or removed; subject is the step. */
        DOCUMENTS_CHANGED,
        /** The whole draft was replaced (a restore): everything is reloaded. */
        DRAFT_REPLACED,
        PRESENCE_CHANGED,
        PROPOSAL_CHANGED,
        MEMBERS_CHANGED,
        WORKSPACE_CHANGED,
        /** An urgent notice was drafted, agreed, withdrawn or retired; subject is the notice. */
        NOTICES_CHANGED
    }
}
