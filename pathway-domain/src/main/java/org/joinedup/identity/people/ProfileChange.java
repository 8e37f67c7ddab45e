package org.joinedup.identity.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person may change about themselves. Organisation and setting are managed by administrators. */
public record ProfileChange(
        @NotBlank(message = "Enter your name")
        @Size(max = PeopleLimits.DISPLAY_NAME_MAX,
                message = "Use at most " + PeopleLimits.DISPLAY_NAME_MAX + " characters") String displayName,
        @Size(max = PeopleLimits.PROFESSION_MAX,
                message = "Use at most " + PeopleLimits.PROFESSION_MAX + " characters") String profession) {
}
