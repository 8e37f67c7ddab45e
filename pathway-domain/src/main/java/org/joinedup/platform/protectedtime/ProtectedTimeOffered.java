package org.joinedup.platform.protectedtime;

import java.time.Instant;

/**
 * Time a person spent on something that counts as protected time (a design-forum meeting, a
 * Schwartz Round), offered into their ledger. Published inside the transaction that recorded
 * it; listeners take it after the commit ({@code @TransactionalEventListener}, the default
 * {@code AFTER_COMMIT}), without anyone signed in. The same person and source offered again
 * (attendance corrected) replaces the earlier offer.
 *
 * @param personId    whose time it is
 * @param activity    what kind of activity, for grouping in the ledger ("Design-forum meeting")
 * @param description what it was, in plain words, shown to the person
 * @param start       when it began
 * @param minutes     how long they took part
 * @param sourceRoute where it was recorded, a route inside the portal ({@code forums/meetings/12})
 */
public record ProtectedTimeOffered(long personId, String activity, String description, Instant start, int minutes,
        String sourceRoute) {
}
