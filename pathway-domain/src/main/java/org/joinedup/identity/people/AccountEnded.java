package org.joinedup.identity.people;

/**
 * A person's account stopped being active: an administrator deactivated it, or the person
 * closed it. Published inside the transaction that decided it, so whatever the person
 * stood for elsewhere can lapse in the same transaction.
 *
 * @param status {@link AccountStatus#DEACTIVATED} or {@link AccountStatus#CLOSED}
 */
public record AccountEnded(long personId, AccountStatus status) {
}
