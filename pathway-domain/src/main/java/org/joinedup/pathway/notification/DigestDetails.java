package org.joinedup.pathway.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily digest as it was sent: the London day it was for, the decisions it listed and
 * its text, which also says how many more were left out of a long list.
 */
public record DigestDetails(LocalDate day, List<PendingDecision> decisions, String text) {

    public DigestDetails {
        decisions = List.copyOf(decisions);
    }
}
