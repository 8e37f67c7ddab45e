package org.joinedup.identity.people;

import java.util.Set;

/**
 * The person an identity provider's sign-in stands for.
 *
 * @param email   the account's address here, which the provider's may no longer match
 * @param created true when this sign-in created the account, which then waits for approval
 */
public record ExternalAccount(long personId, String email, String displayName, Set<Role> roles, AccountStatus status,
        boolean created) {

    public ExternalAccount {
        roles = Set.copyOf(roles);
    }

    static ExternalAccount of(Person person, boolean created) {
        return new ExternalAccount(person.id(), person.email(), person.displayName(), person.roles(), person.status(),
                created);
    }
}
