package org.joinedup.pathway.internal;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to who belongs to a workspace and what they may do there; the person is the subject. */
public sealed interface MemberChange extends WorkspaceChange {

    long personId();

    @Override
    default Kind kind() {
        return Kind.MEMBERS_CHANGED;
    }

    @Override
    default Long subjectId() {
        return personId();
    }

    record MemberAdded(long workspaceId, long personId, String name, Membership membership) implements MemberChange {
        public String action() { return "workspace.member-added"; }
        public String auditText() { return "Added " + name + " as " + membership.describe(); }
        public String message() { return "added " + name + " as " + membership.describe(); }
    }

    record MemberChanged(long workspaceId, long personId, String name, Membership before, Membership after)
            implements MemberChange {
        public String action() { return "workspace.member-changed"; }
        public String auditText() { return name + " changed from " + before.describe() + " to " + after.describe(); }
        public String message() { return "made " + name + " " + after.describe(); }
    }

    record MemberRemoved(long workspaceId, long personId, String name, Membership was) implements MemberChange {
        public String action() { return "workspace.member-removed"; }
        public String auditText() { return "Removed " + name + " (" + was.describe() + ")"; }
        public String message() { return "removed " + name + " from the workspace"; }
    }

    /** The member's account closed; their name is erased, so the change is theirs under "Former member". */
    record MemberLeft(long workspaceId, long personId, Membership was, boolean noConvenorLeft) implements MemberChange {
        public String action() { return "workspace.member-left"; }
        public String auditText() {
            return "Left the workspace (" + was.describe() + ") as their account closed"
                    + (noConvenorLeft ? "; the workspace has no convenor until an administrator names one" : "");
        }
        public String message() { return "left the workspace"; }
        public String actorNameInstead() { return PersonNames.FORMER_MEMBER; }
    }

    /** An administrator named a convenor for a workspace that had none; {@code before} is null for a newcomer. */
    record ConvenorNamed(long workspaceId, long personId, String name, Membership before) implements MemberChange {
        public String action() { return "workspace.convenor-named"; }
        public String auditText() {
            return "Named " + name + " convenor (before: " + (before == null ? "not a member" : before.describe())
                    + "); the workspace had no convenor with an active account";
        }
        public String message() { return "named " + name + " convenor"; }
    }

    /** {@code own}: the setting the person works in, null when none. */
    record RepresentationExceptionGranted(long workspaceId, long exceptionId, long personId, String name,
            CareSetting setting, CareSetting own, String reason) implements MemberChange {
        public String action() { return "workspace.representation-exception-granted"; }
        public String auditText() {
            return "Exception " + exceptionId + ": " + name + " may represent " + setting.label() + " though they work in "
                    + (own == null ? "no care setting" : own.label()) + ". Reason: " + reason;
        }
        public String message() { return "let " + name + " represent " + setting.label(); }
    }

    record RepresentationExceptionRevoked(long workspaceId, long exceptionId, long personId, String name,
            CareSetting setting) implements MemberChange {
        public String action() { return "workspace.representation-exception-revoked"; }
        public String auditText() {
            return "Exception " + exceptionId + " revoked: " + name + " may no longer represent " + setting.label()
                    + " unless they work in it";
        }
        public String message() { return "revoked " + name + "'s exception to represent " + setting.label(); }
    }
}
