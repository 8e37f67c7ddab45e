package org.joinedup.forums.limits;

import java.text.NumberFormat;
import java.util.Optional;

import org.joinedup.forums.internal.Hold;
import org.joinedup.forums.internal.PostAttempt;
import org.joinedup.forums.internal.PostingCheck;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.platform.time.PortalTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Holds a post longer than {@link PostingLimits#LONG_POST} characters, edits included. */
@Component
@Order(220)
class LongPostHold implements PostingCheck {

    @Override
    public Optional<Hold> holdIfNeeded(PostAttempt attempt) {
        int length = attempt.body().strip().length();
        if (length <= PostingLimits.LONG_POST) {
            return Optional.empty();
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(PortalTime.LOCALE);
        return Optional.of(new Hold(HoldReason.LONG, numbers.format(length) + " characters; posts longer than "
                + numbers.format(PostingLimits.LONG_POST) + " are read by a moderator first."));
    }
}
