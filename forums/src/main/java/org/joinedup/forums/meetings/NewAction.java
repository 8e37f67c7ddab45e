package org.joinedup.forums.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Something a member agreed to do, by a date. */
public record NewAction(
        @NotBlank(message = "Say what is to be done.")
        @Size(max = MeetingLimits.ACTION_MAX, message = "Keep an action to " + MeetingLimits.ACTION_MAX + " characters.")
        String text,
        @NotNull(message = "Choose the member who does it.")
        Long ownerId,
        @NotNull(message = "Say when it is due.")
        LocalDate due) {
}
