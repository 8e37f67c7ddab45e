package org.joinedup.identity.people;

/**
 * Every session of this person must end: published when an administrator ends them, the
 * person signs out everywhere, the account is deactivated or a role is taken away.
 * Published inside the transaction that decided it; whoever keeps the sessions acts once
 * that transaction has committed.
 */
public record SessionsEnded(long personId) {
}
