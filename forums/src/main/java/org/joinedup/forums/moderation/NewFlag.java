package org.joinedup.forums.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reader's flag on a post: one of the reasons, and a few words of their own if they like. */
public record NewFlag(
        @NotNull(message = "Choose why you are flagging this post.")
        FlagReason reason,
        @Size(max = ModerationLimits.NOTE_MAX, message = "Keep it to " + ModerationLimits.NOTE_MAX + " characters.")
        String note) {
}
