package org.joinedup.pathway.internal;

import java.util.List;

import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/**
 * Something that changed in a workspace. Each kind says once what the audit trail calls
 * it, what its audit entry reads, what co-editors are told and which stages it touches;
 * {@link WorkspaceActivity#record} audits it and tells the people who have the workspace
 * open once the change commits. Ids and the few words the wording needs, never content.
 */
public sealed interface WorkspaceChange
        permits DraftChange, HandoverChange, CommentChange, DraftReplaced, ProposalChange, MemberChange,
        WorkspaceWideChange, DocumentChange, NoticeChange {

    long workspaceId();

    /** The audit trail's name for this kind of change, e.g. {@code pathway.step-saved}. */
    String action();

    String auditText();

    /** What the live event calls it, so open pages know what to reload. */
    Kind kind();

    /** What co-editors read after the name of whoever made the change. */
    String message();

    /** The stage, step, hand-over, proposal or person concerned; null when it is the workspace as a whole. */
    default Long subjectId() {
        return null;
    }

    /** The stages whose content or order changed, as {@code CollaborationEvent.stageIds} names them. */
    default List<Long> stageIds() {
        return List.of();
    }

    /** The name audited and shown instead of the actor's, for a change that erases the actor's name; else null. */
    default String actorNameInstead() {
        return null;
    }

    /** A title in curly quotes, as the audit trail and live messages quote names. */
    static String quoted(String title) {
        return "\u201c" + title + "\u201d";
    }
}
