package org.joinedup.identity.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new organisation, or a new name and kind for an existing one. */
public record OrganisationChange(
        @NotBlank(message = "Enter the organisation's name")
        @Size(max = PeopleLimits.ORGANISATION_NAME_MAX,
                message = "Use at most " + PeopleLimits.ORGANISATION_NAME_MAX + " characters") String name,
        @NotNull(message = "Choose what kind of organisation it is") OrganisationKind kind) {
}
