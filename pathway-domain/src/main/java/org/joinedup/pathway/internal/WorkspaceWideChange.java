package org.joinedup.pathway.internal;

import static org.joinedup.pathway.internal.WorkspaceChange.quoted;

import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to the workspace as a whole: its opening, its settings, a request to review it. */
public sealed interface WorkspaceWideChange extends WorkspaceChange {

    @Override
    default Kind kind() {
        return Kind.WORKSPACE_CHANGED;
    }

    record WorkspaceOpened(long workspaceId, String title, WorkspaceVisibility visibility) implements WorkspaceWideChange {
        public String action() { return "workspace.created"; }
        public String auditText() { return "Opened " + quoted(title) + " (" + visibility.label() + ")"; }
        public String message() { return "opened the workspace"; }
    }

    record SettingsChanged(long workspaceId, Settings before, Settings after) implements WorkspaceWideChange {
        public String action() { return "workspace.settings-changed"; }
        public String auditText() { return "Settings changed from " + before.text() + " to " + after.text(); }
        public String message() { return "changed the workspace's settings"; }
    }

    /** What the audit trail shows of a workspace's settings. */
    record Settings(String title, WorkspaceVisibility visibility, int reviewIntervalMonths) {
        public static Settings of(Workspace workspace) {
            return new Settings(workspace.title(), workspace.visibility(), workspace.reviewIntervalMonths());
        }

        String text() {
            return title + ", " + visibility.label() + ", review every " + reviewIntervalMonths + " months";
        }
    }

    /** Another module asked for a review; {@code source} names it. */
    record ReviewRequested(long workspaceId, String source, String reason) implements WorkspaceWideChange {
        public String action() { return "pathway.review-requested"; }
        public String auditText() { return "Review requested by " + source + ": " + reason; }
        public String message() { return "noted a request from " + source + " to review this pathway: " + reason; }
    }
}
