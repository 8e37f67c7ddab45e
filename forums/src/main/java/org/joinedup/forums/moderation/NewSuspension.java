package org.joinedup.forums.moderation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Keeps a person from posting in the forums for a number of days, with the reason they are told. */
public record NewSuspension(
        long personId,
        @Min(value = ModerationLimits.SUSPENSION_DAYS_MIN, message = "Suspend for at least a day.")
        @Max(value = ModerationLimits.SUSPENSION_DAYS_MAX, message = "Suspend for at most "
                + ModerationLimits.SUSPENSION_DAYS_MAX + " days.")
        int days,
        @NotBlank(message = "Give the reason: the person is told it when they try to post.")
        @Size(max = ModerationLimits.NOTE_MAX, message = "Keep the reason to " + ModerationLimits.NOTE_MAX
                + " characters.")
        String reason) {
}
