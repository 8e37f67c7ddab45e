package org.joinedup.identity.people;

import java.util.Set;

/** What another feature may know about a person it refers to by id. */
/** {@code organisation} is the name of the person's organisation, or null. */
public record PersonCard(long id, String displayName, AccountStatus status, CareSetting careSetting, String organisation,
        Set<Role> roles) {

    public PersonCard {
        roles = Set.copyOf(roles);
    }

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }

    /** Holds a staff role; a patient partner does not. */
    public boolean staff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
