package org.joinedup.pathway.people;

import java.time.Instant;
import java.util.Set;

/**
 * What the portal shows about a person: built inside the service's transaction so views
 * never touch a lazily loaded entity. {@code previousSignInAt} is the sign-in before the
 * current one, shown so that people can spot use of their account they did not make.
 */
public record PersonDetails(
        long id,
        String email,
        String displayName,
        String organisationName,
        OrganisationKind organisationKind,
        CareSetting careSetting,
        String profession,
        Set<Role> roles,
        boolean active,
        Instant lastSignInAt,
        Instant previousSignInAt) {

    public PersonDetails {
        roles = Set.copyOf(roles);
    }

    /** Staff see clinician-only spaces; patient partners never do. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    static PersonDetails of(Person person) {
        Organisation organisation = person.organisation();
        return new PersonDetails(person.id(), person.email(), person.displayName(), organisation.name(),
                organisation.kind(), person.careSetting(), person.profession(), person.roles(), person.active(),
                person.lastSignInAt(), person.previousSignInAt());
    }
}
