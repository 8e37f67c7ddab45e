package org.joinedup.pathway.workspace;

import java.time.Instant;

import org.joinedup.pathway.people.CareSetting;

/** One member of a workspace; {@code careSetting} is set for setting representatives only. */
public record MemberDetails(long personId, String displayName, String organisation, WorkspaceRole role,
        CareSetting careSetting, Instant addedAt) {
}
