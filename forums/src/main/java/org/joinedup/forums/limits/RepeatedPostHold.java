package org.joinedup.forums.limits;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.joinedup.forums.internal.Hold;
import org.joinedup.forums.internal.PostAttempt;
import org.joinedup.forums.internal.PostingCheck;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.platform.time.PortalTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds a new post that says, word for word, what one of its author's posts of the last day
 * said, in any thread: the same text posted around the forums is how advertising and
 * campaigns look. Spaces and letter case do not count; short courtesies do not either.
 * Edits are not compared: rewriting one's own post is not posting it again.
 */
@Component
@Order(200)
class RepeatedPostHold implements PostingCheck {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final AuthorPosts posts;
    private final Clock clock;

    RepeatedPostHold(AuthorPosts posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public Optional<Hold> holdIfNeeded(PostAttempt attempt) {
        if (attempt.edit()) {
            return Optional.empty();
        }
        String text = normalised(attempt.body());
        if (text.length() < PostingLimits.REPEAT_MIN_LENGTH) {
            return Optional.empty();
        }
        List<AuthorPosts.Written> recent = posts.postsSince(attempt.authorId(),
                clock.instant().minus(PostingLimits.REPEAT_WINDOW));
        // The forum service writes the post before asking for holds, so the newest is this one.
        return recent.stream().skip(1)
                .filter(earlier -> normalised(earlier.body()).equals(text))
                .findFirst()
                .map(earlier -> new Hold(HoldReason.REPEATED, "The same words as your post of "
                        + PortalTime.dateTime(earlier.createdAt()) + "."));
    }

    static String normalised(String body) {
        return SPACES.matcher(body.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
