package org.joinedup.pathway.workspace;

import java.time.Instant;

import org.joinedup.identity.people.CareSetting;

/**
 * One member of a workspace; {@code careSetting} is set for setting representatives only.
 *
 * @param organisation null for patient partners, whose organisation is their patient group
 * @param signs        a representative who can sign for their setting now: they work in it or hold an exception
 * @param byException  a representative who signs by an administrator's exception, not their own setting
 */
public record MemberDetails(long personId, String displayName, String organisation, WorkspaceRole role,
        CareSetting careSetting, Instant addedAt, boolean signs, boolean byException) {
}
