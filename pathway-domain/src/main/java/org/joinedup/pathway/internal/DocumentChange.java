package org.joinedup.pathway.internal;

import static org.joinedup.pathway.internal.WorkspaceChange.quoted;

import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to the documents on a step; the step is the subject (none when the step has gone). */
public sealed interface DocumentChange extends WorkspaceChange {

    Long stepId();

    String stepTitle();

    @Override
    default Kind kind() {
        return Kind.DOCUMENTS_CHANGED;
    }

    @Override
    default Long subjectId() {
        return stepId();
    }

    record DocumentAdded(long workspaceId, Long stepId, String stepTitle, String title, String mediaType,
            String sha256) implements DocumentChange {
        public String action() { return "pathway.document-added"; }
        public String auditText() {
            return "Added document " + quoted(title) + " (" + mediaType + ", SHA-256 " + sha256 + ") to step "
                    + quoted(stepTitle);
        }
        public String message() { return "added the document " + quoted(title) + " to " + quoted(stepTitle); }
    }

    record DocumentReplaced(long workspaceId, Long stepId, String stepTitle, String title, int revision,
            String mediaType, String sha256) implements DocumentChange {
        public String action() { return "pathway.document-replaced"; }
        public String auditText() {
            return "Replaced document " + quoted(title) + " on step " + quoted(stepTitle) + " with revision " + revision
                    + " (" + mediaType + ", SHA-256 " + sha256 + ")";
        }
        public String message() { return "replaced the document " + quoted(title) + " on " + quoted(stepTitle); }
    }

    record DocumentRemoved(long workspaceId, Long stepId, String stepTitle, String title) implements DocumentChange {
        public String action() { return "pathway.document-removed"; }
        public String auditText() {
            return "Removed document " + quoted(title) + " from step " + quoted(stepTitle)
                    + "; published versions keep it";
        }
        public String message() { return "removed the document " + quoted(title) + " from " + quoted(stepTitle); }
    }
}
