package org.joinedup.forums.moderation;

import java.time.Clock;
import java.util.List;

import org.joinedup.forums.internal.PostAttempt;
import org.joinedup.forums.internal.PostingCheck;
import org.joinedup.platform.time.PortalTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Refuses posts from someone a moderator has suspended, saying until when and why. */
@Component
@Order(10)
class SuspensionCheck implements PostingCheck {

    private final SuspensionRepository suspensions;
    private final Clock clock;

    SuspensionCheck(SuspensionRepository suspensions, Clock clock) {
        this.suspensions = suspensions;
        this.clock = clock;
    }

    @Override
    public void refuseIfNeeded(PostAttempt attempt) {
        List<SuspensionEntity> active = suspensions.activeFor(attempt.authorId(), clock.instant());
        if (active.isEmpty()) {
            return;
        }
        SuspensionEntity longest = active.getFirst();
        throw new PostingSuspendedException("A moderator has suspended you from posting in the forums until "
                + PortalTime.dateTime(longest.endsAt()) + " (UK time). Their reason: " + longest.reason()
                + " Your text is still here: copy it if you want to keep it.");
    }
}
