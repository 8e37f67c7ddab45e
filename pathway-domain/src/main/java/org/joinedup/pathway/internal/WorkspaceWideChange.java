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

    /** Kept out of the pathway library with a reason, or put back in it ({@code reason} null). */
    record ConfidentialityChanged(long workspaceId, String reason) implements WorkspaceWideChange {
        public String action() { return "workspace.confidentiality-changed"; }
        public String auditText() {
            return reason == null ? "Published pathway returned to the library" : "Published pathway kept out of the library: " + reason;
        }
        public String message() {
            return reason == null ? "returned the published pathway to the library" : "kept the published pathway out of the library";
        }
    }

    /** Opened as a copy of another locality's published version. */
    record CopiedFromAnotherLocality(long workspaceId, long sourceWorkspaceId, String sourceTitle, int sourceVersion)
            implements WorkspaceWideChange {
        public String action() { return "workspace.copied"; }
        public String auditText() {
            return "Started from version " + sourceVersion + " of " + quoted(sourceTitle) + " (workspace " + sourceWorkspaceId + ")";
        }
        public String message() { return "started this workspace from version " + sourceVersion + " of " + quoted(sourceTitle); }
    }
}
