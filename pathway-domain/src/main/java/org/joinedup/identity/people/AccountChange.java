package org.joinedup.identity.people;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

/**
 * An administrator's change to a person's roles, care setting and organisation, made on
 * the page that showed {@code expectedVersion}.
 *
 * @param careSetting    required when the roles include {@link Role#CLINICIAN}
 * @param organisationId null for no organisation
 */
@ClinicianHasSetting
public record AccountChange(long expectedVersion, @NotEmpty(message = "Choose at least one role") Set<Role> roles,
        CareSetting careSetting, Long organisationId) implements ClinicianHasSetting.Access {

    public AccountChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
