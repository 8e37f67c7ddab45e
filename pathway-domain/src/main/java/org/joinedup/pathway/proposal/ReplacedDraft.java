package org.joinedup.pathway.proposal;

import java.time.Instant;

/**
 * A draft kept when something replaced it, as the history lists it. Exactly one of
 * {@code restoredVersion} (the published version whose restore replaced it) and
 * {@code broughtBackFrom} (when the replaced draft that was brought back over it had
 * itself been replaced) is set.
 *
 * @param stages   how many stages the kept draft had
 * @param steps    how many steps
 * @param comments how many comments, resolved or not
 */
public record ReplacedDraft(long id, Integer restoredVersion, Instant broughtBackFrom, String replacedBy,
        Instant replacedAt, int stages, int steps, int comments) {
}
