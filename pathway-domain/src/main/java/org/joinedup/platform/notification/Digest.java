package org.joinedup.platform.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's digest for one day, ready to deliver.
 *
 * @param digestId    the stored digest this delivers
 * @param recipientId who it is for
 * @param day         the London day it is for
 * @param decisions   the decisions it lists, earliest due first
 * @param waiting     how many decisions wait on the person, a long list's unlisted ones included
 * @param text        the whole digest as plain text, including how many decisions a long
 *                    list left out
 */
public record Digest(long digestId, long recipientId, LocalDate day, List<PendingDecision> decisions, int waiting,
        String text) {

    public Digest {
        decisions = List.copyOf(decisions);
    }
}
