package org.joinedup.forums.limits;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.joinedup.forums.internal.Hold;
import org.joinedup.forums.internal.PostAttempt;
import org.joinedup.forums.internal.PostingCheck;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.platform.markdown.SafeMarkdown;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds a post with more web links than {@link PostingLimits#MOST_LINKS}, edits included.
 * Links are counted as readers would see them: the post is rendered as it will be shown, so
 * Markdown links, bare addresses and "www." addresses count, and an address in a code block
 * does not.
 */
@Component
@Order(210)
class LinksHold implements PostingCheck {

    private static final Pattern WEB_LINK = Pattern.compile("<a href=\"https?://", Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<Hold> holdIfNeeded(PostAttempt attempt) {
        int links = count(attempt.body());
        if (links <= PostingLimits.MOST_LINKS) {
            return Optional.empty();
        }
        return Optional.of(new Hold(HoldReason.LINKS, links + " links; posts with more than "
                + PostingLimits.MOST_LINKS + " are read by a moderator first."));
    }

    static int count(String body) {
        Matcher link = WEB_LINK.matcher(SafeMarkdown.toHtml(body));
        int links = 0;
        while (link.find()) {
            links++;
        }
        return links;
    }
}
