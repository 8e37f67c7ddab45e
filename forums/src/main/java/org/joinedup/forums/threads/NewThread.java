package org.joinedup.forums.threads;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A thread to start, with its first post.
 *
 * @param stepKey the pathway step it is about, in a workspace's forum; null for none
 */
public record NewThread(
        @NotBlank(message = "Give the thread a title.")
        @Size(max = ForumLimits.THREAD_TITLE_MAX, message = "Keep the title to " + ForumLimits.THREAD_TITLE_MAX
                + " characters.") String title,
        @NotBlank(message = "Write the first post.")
        @Size(max = ForumLimits.POST_MAX, message = "Keep a post to " + ForumLimits.POST_MAX + " characters.")
        String body,
        @Pattern(regexp = "[A-Za-z0-9-]{1,36}", message = "Choose a step from the list.") String stepKey) {
}
