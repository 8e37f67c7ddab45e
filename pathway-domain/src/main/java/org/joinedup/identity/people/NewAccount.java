package org.joinedup.identity.people;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A staff account an administrator creates. The first password is passed to the person
 * by the administrator; staff set up their authenticator at their first sign-in.
 *
 * @param organisationId the organisation they belong to, or null for none
 */
@ClinicianHasSetting
public record NewAccount(
        @NotBlank(message = "Enter the person's name")
        @Size(max = PeopleLimits.DISPLAY_NAME_MAX,
                message = "Use at most " + PeopleLimits.DISPLAY_NAME_MAX + " characters") String displayName,
        @NotBlank(message = "Enter the person's e-mail address")
        @Size(max = PeopleLimits.EMAIL_MAX, message = "Use at most " + PeopleLimits.EMAIL_MAX + " characters")
        @Pattern(regexp = Registration.EMAIL_SHAPE,
                message = "Enter an e-mail address in the form name@example.com") String email,
        @Size(max = PeopleLimits.PROFESSION_MAX,
                message = "Use at most " + PeopleLimits.PROFESSION_MAX + " characters") String profession,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles,
        CareSetting careSetting,
        Long organisationId,
        String firstPassword) implements ClinicianHasSetting.Access {

    public NewAccount {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        profession = profession == null || profession.isBlank() ? null : profession.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Never shows the password, whoever prints the record. */
    @Override
    public String toString() {
        return "NewAccount[displayName=" + displayName + ", roles=" + roles + "]";
    }
}
