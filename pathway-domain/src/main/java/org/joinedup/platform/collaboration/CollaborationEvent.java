package org.joinedup.platform.collaboration;

import java.time.Instant;

/**
 * Something that happened in a workspace, told to everyone who has it open. Plain values
 * only, so a broker can carry it between nodes. Receivers reload what they show through
 * the services, which check access again; the event itself carries no content.
 *
 * @param subjectId the step, stage, hand-over or proposal concerned, when there is one
 * @param actorId   who did it; null when the portal itself did (a scheduled job)
 * @param message   a short sentence for people who have the workspace open
 */
public record CollaborationEvent(long workspaceId, Kind kind, Long subjectId, Long actorId, String actorName,
        String message, Instant at) {

    public enum Kind {
        STEP_SAVED, STEP_ADDED, STEP_DELETED, STEP_MOVED, STAGE_CHANGED, HANDOVER_CHANGED, COMMENTS_CHANGED,
        DRAFT_REPLACED, PRESENCE_CHANGED, PROPOSAL_CHANGED, MEMBERS_CHANGED, WORKSPACE_CHANGED
    }
}
