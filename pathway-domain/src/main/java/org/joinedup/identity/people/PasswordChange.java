package org.joinedup.identity.people;

import jakarta.validation.constraints.NotBlank;

/** A request to change one's own password; the service checks the current one and the policy. */
public record PasswordChange(
        @NotBlank(message = "Enter your current password") String currentPassword,
        @NotBlank(message = "Enter a new password") String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[hidden]";
    }
}
