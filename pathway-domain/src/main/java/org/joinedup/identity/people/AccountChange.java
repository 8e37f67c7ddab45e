package org.joinedup.identity.people;

import java.util.Set;

/**
 * An administrator's change to a person's roles, care setting and organisation, made on
 * the page that showed {@code expectedVersion}.
 *
 * @param careSetting    required when the roles include {@link Role#CLINICIAN}
 * @param organisationId null for no organisation
 */
public record AccountChange(long expectedVersion, Set<Role> roles, CareSetting careSetting, Long organisationId) {

    public AccountChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
