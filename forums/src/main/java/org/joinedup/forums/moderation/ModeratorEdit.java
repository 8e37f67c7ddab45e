package org.joinedup.forums.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.forums.threads.ForumLimits;

/**
 * A moderator's rewrite of someone's post, with the note readers see under it ("Edited by a
 * moderator: …").
 */
public record ModeratorEdit(
        @NotBlank(message = "The post cannot be empty.")
        @Size(max = ForumLimits.POST_MAX, message = "Keep a post to " + ForumLimits.POST_MAX + " characters.")
        String body,
        @NotBlank(message = "Say what you changed and why: readers and the author see this note.")
        @Size(max = ModerationLimits.NOTE_MAX, message = "Keep the note to " + ModerationLimits.NOTE_MAX + " characters.")
        String note) {
}
