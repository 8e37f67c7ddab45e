package org.joinedup.identity.people;

import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A patient partner asking to join. Values are tidied as the record is made (names
 * trimmed, the e-mail address trimmed and lower-cased), so the rules below judge what
 * would be stored. Forms check the same rules field by field before sending.
 *
 * @param patientGroupId the patient group the person belongs to, or null for none
 */
public record Registration(
        @NotBlank(message = "Enter the name other people will see")
        @Size(max = PeopleLimits.DISPLAY_NAME_MAX,
                message = "Use at most " + PeopleLimits.DISPLAY_NAME_MAX + " characters") String displayName,
        @NotBlank(message = "Enter your full name")
        @Size(max = PeopleLimits.DISPLAY_NAME_MAX,
                message = "Use at most " + PeopleLimits.DISPLAY_NAME_MAX + " characters") String realName,
        @NotBlank(message = "Enter your e-mail address")
        @Size(max = PeopleLimits.EMAIL_MAX, message = "Use at most " + PeopleLimits.EMAIL_MAX + " characters")
        @Pattern(regexp = Registration.EMAIL_SHAPE,
                message = "Enter an e-mail address in the form name@example.com") String email,
        String password,
        Long patientGroupId,
        @AssertTrue(message = "Please agree to the community guidelines to join") boolean guidelinesAccepted) {

    /**
     * Something, an @, and a domain with a dot, without spaces. Deliberately loose: real
     * addresses hold apostrophes and other characters stricter patterns refuse. An empty
     * value is left to {@code @NotBlank}, so a blank address gets one message, not two.
     */
    public static final String EMAIL_SHAPE = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public Registration {
        displayName = displayName == null ? null : displayName.strip();
        realName = realName == null ? null : realName.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Never shows the password, whoever prints the record. */
    @Override
    public String toString() {
        return "Registration[displayName=" + displayName + ", patientGroupId=" + patientGroupId + "]";
    }
}
