package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Set;

/**
 * A registration waiting for a moderator or administrator, with what they need to decide
 * it. The real name is shown only to them. {@code version} is the state the decision is
 * based on: a decision on a registration that has changed since is refused.
 *
 * @param emailConfirmed whether the person has confirmed their address through the link
 *                       e-mailed to them (or an identity provider has); until then the
 *                       account cannot be approved
 * @param patientGroupName null when the person named no patient group
 */
public record PendingRegistration(
        long personId,
        long version,
        String displayName,
        String realName,
        String email,
        String patientGroupName,
        Set<Role> roles,
        Instant registeredAt,
        boolean emailConfirmed) {

    public PendingRegistration {
        roles = Set.copyOf(roles);
    }

    static PendingRegistration of(Person person) {
        Organisation group = person.organisation();
        return new PendingRegistration(person.id(), person.version(), person.displayName(), person.realName(),
                person.email(), group == null ? null : group.name(), person.roles(), person.createdAt(),
                person.emailConfirmed());
    }
}
