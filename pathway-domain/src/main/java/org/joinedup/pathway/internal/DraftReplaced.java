package org.joinedup.pathway.internal;

import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** The whole draft replaced by other content; the draft it replaced is kept as {@code keptDraftId}. */
public sealed interface DraftReplaced extends WorkspaceChange {

    long keptDraftId();

    @Override
    default Kind kind() {
        return Kind.DRAFT_REPLACED;
    }

    record VersionRestored(long workspaceId, int versionNumber, long keptDraftId) implements DraftReplaced {
        public String action() { return "pathway.version-restored"; }
        public String auditText() {
            return "Restored version " + versionNumber + " into the draft; the draft it replaced is kept as replaced draft "
                    + keptDraftId;
        }
        public String message() { return "restored version " + versionNumber + " into the draft"; }
    }

    record DraftBroughtBack(long workspaceId, long broughtBackId, int commentsReturned, long keptDraftId)
            implements DraftReplaced {
        public String action() { return "pathway.draft-brought-back"; }
        public String auditText() {
            return "Brought back replaced draft " + broughtBackId + " with " + commentsReturned
                    + (commentsReturned == 1 ? " comment" : " comments") + " returned to it; the draft it replaced is kept as "
                    + "replaced draft " + keptDraftId;
        }
        public String message() { return "brought back an earlier draft"; }
    }
}
