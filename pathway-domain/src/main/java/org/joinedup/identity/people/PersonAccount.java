package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Set;

/**
 * A person as an administrator manages them. {@code version} goes back with every change,
 * so a change made on an out-of-date page is refused instead of overwriting someone
 * else's. {@code organisationId} and {@code organisationName} are null for someone who
 * belongs to no organisation.
 */
public record PersonAccount(
        long id,
        long version,
        String email,
        String displayName,
        Long organisationId,
        String organisationName,
        CareSetting careSetting,
        String profession,
        Set<Role> roles,
        AccountStatus status,
        Instant createdAt,
        Instant lastSignInAt) {

    public PersonAccount {
        roles = Set.copyOf(roles);
    }

    static PersonAccount of(Person person) {
        Organisation organisation = person.organisation();
        return new PersonAccount(person.id(), person.version(), person.email(), person.displayName(),
                organisation == null ? null : organisation.id(), organisation == null ? null : organisation.name(),
                person.careSetting(), person.profession(), person.roles(), person.status(), person.createdAt(),
                person.lastSignInAt());
    }
}
