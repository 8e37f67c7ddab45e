package org.joinedup.pathway.workspace;

import java.util.Set;

import org.joinedup.identity.people.CareSetting;

/**
 * What the signed-in person may do in one workspace, worked out from their membership
 * (or the workspace being open to staff) at the moment of asking. Views use it to show
 * or hide controls; the services check the same rules again on every call.
 *
 * @param role their workspace role, or null when they read an open workspace without being a member
 */
public record WorkspacePermissions(long workspaceId, WorkspaceRole role, boolean readsDraft, boolean edits,
        boolean convenes, Set<CareSetting> signsFor) {

    public boolean member() {
        return role != null;
    }
}
