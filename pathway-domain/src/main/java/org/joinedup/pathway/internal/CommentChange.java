package org.joinedup.pathway.internal;

import static org.joinedup.pathway.internal.WorkspaceChange.quoted;

import java.util.Collection;
import java.util.List;

import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to a step's comments; the step is the subject. */
public sealed interface CommentChange extends WorkspaceChange {

    long stepId();

    @Override
    default Kind kind() {
        return Kind.COMMENTS_CHANGED;
    }

    @Override
    default Long subjectId() {
        return stepId();
    }

    record CommentAdded(long workspaceId, long stepId, String stepTitle, Collection<String> mentioned)
            implements CommentChange {
        public CommentAdded {
            mentioned = List.copyOf(mentioned);
        }
        public String action() { return "pathway.comment-added"; }
        public String auditText() {
            return "Commented on step " + quoted(stepTitle)
                    + (mentioned.isEmpty() ? "" : ", mentioning " + String.join(", ", mentioned));
        }
        public String message() { return "commented on " + quoted(stepTitle); }
    }

    record CommentResolved(long workspaceId, long stepId, String stepTitle) implements CommentChange {
        public String action() { return "pathway.comment-resolved"; }
        public String auditText() { return "Resolved a comment on step " + quoted(stepTitle); }
        public String message() { return "resolved a comment on " + quoted(stepTitle); }
    }
}
