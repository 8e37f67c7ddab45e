package org.joinedup.pathway.proposal;

import java.time.Instant;

import org.joinedup.identity.people.CareSetting;

/** An administrator's standing permission for one person to represent a setting other than their own in one workspace. */
public record RepresentationExceptionDetails(long id, long workspaceId, String workspaceTitle, long personId,
        String personName, CareSetting careSetting, String reason, String grantedBy, Instant grantedAt) {
}
