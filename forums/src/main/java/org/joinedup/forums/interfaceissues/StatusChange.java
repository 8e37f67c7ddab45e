package org.joinedup.forums.interfaceissues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of an issue's status, with a short note saying why. */
public record StatusChange(
        @NotNull(message = "Choose the new status.") InterfaceIssueStatus status,
        @NotBlank(message = "Add a short note: what was done or agreed, or why it is escalated.")
        @Size(max = InterfaceIssueLimits.NOTE_MAX, message = "Keep the note to " + InterfaceIssueLimits.NOTE_MAX
                + " characters.") String note) {
}
