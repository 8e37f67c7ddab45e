package org.joinedup.platform.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily digest as it was sent: the London day it was for, the decisions it listed, how
 * many were waiting (a long list names only the first {@value DailyDigest#MOST_LISTED})
 * and its text.
 */
public record DigestDetails(LocalDate day, List<PendingDecision> decisions, int waiting, String text) {

    public DigestDetails {
        decisions = List.copyOf(decisions);
    }
}
