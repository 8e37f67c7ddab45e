package org.joinedup.identity.people;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else changed the record after the page was opened. Nothing was saved; the
 * person has to look at the latest version and decide again. Catching Spring's
 * {@link OptimisticLockingFailureException} also covers the rarer case of two changes
 * committed at the same instant.
 */
public class ConcurrentChangeException extends OptimisticLockingFailureException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
