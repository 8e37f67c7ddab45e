package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Set;

/**
 * What the portal shows about a person: built inside the service's transaction so views
 * never touch a lazily loaded entity. {@code previousSignInAt} is the sign-in before the
 * current one, shown so that people can spot use of their account they did not make.
 * {@code organisationName} and {@code organisationKind} are null for someone who belongs
 * to no organisation. {@code signsInWithPassword} is false for someone who only signs in
 * through an identity provider.
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
        AccountStatus status,
        Instant lastSignInAt,
        Instant previousSignInAt,
        boolean signsInWithPassword) {

    public PersonDetails {
        roles = Set.copyOf(roles);
    }

    /** Staff see clinician-only spaces; patient partners never do. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    static PersonDetails of(Person person) {
        Organisation organisation = person.organisation();
        return new PersonDetails(person.id(), person.email(), person.displayName(),
                organisation == null ? null : organisation.name(), organisation == null ? null : organisation.kind(),
                person.careSetting(), person.profession(), person.roles(), person.status(), person.lastSignInAt(),
                person.previousSignInAt(), person.passwordHash() != null);
    }
}
