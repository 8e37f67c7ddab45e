package org.joinedup.forums.threads;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply, quoting one post of the thread or none. */
public record NewReply(
        @NotBlank(message = "Write your reply first.")
        @Size(max = ForumLimits.POST_MAX, message = "Keep a post to " + ForumLimits.POST_MAX + " characters.")
        String body,
        Long quotedPostId) {
}
