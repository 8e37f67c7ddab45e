package org.joinedup.forums.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.joinedup.forums.threads.HoldReason;
import org.joinedup.platform.screening.IdentifierFinding;
import org.joinedup.platform.screening.IdentifierScreening;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds a post that looks as if it identifies a patient. Not refused: a patient partner's
 * own story may be fine once a moderator has read it, and the author keeps what they wrote.
 */
@Component
@Order(100)
class IdentifierHold implements PostingCheck {

    private final IdentifierScreening screening;

    IdentifierHold(IdentifierScreening screening) {
        this.screening = screening;
    }

    @Override
    public Optional<Hold> holdIfNeeded(PostAttempt attempt) {
        List<IdentifierFinding> findings = screening.screen(attempt.body());
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        String found = findings.stream().map(IdentifierFinding::describe).collect(Collectors.joining("; "));
        return Optional.of(new Hold(HoldReason.IDENTIFIERS, "Found: " + truncate(found) + "."));
    }

    private static String truncate(String text) {
        return text.length() <= 900 ? text : text.substring(0, 899) + "…";
    }
}
