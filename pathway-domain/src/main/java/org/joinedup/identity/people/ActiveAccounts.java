package org.joinedup.identity.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.joinedup.platform.notification.ActiveRecipients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which people still have an active account, for features that act on their behalf
 * without them being signed in (notifications, digests). Not a service: other features
 * call it inside their own checked operations, never with input from the browser, and it
 * tells them nothing but whether an account is active.
 */
@Component
public class ActiveAccounts implements ActiveRecipients {

    private final EntityManager entityManager;

    ActiveAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids among {@code personIds} whose accounts are active; deactivated, closed and unapproved ones are left out. */
    @Transactional(readOnly = true)
    public Set<Long> among(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createQuery("select p.id from Person p where p.id in :ids and p.status = :status", Long.class)
                .setParameter("ids", Set.copyOf(personIds))
                .setParameter("status", AccountStatus.ACTIVE)
                .getResultList());
    }

    @Transactional(readOnly = true)
    public boolean isActive(long personId) {
        return !among(Set.of(personId)).isEmpty();
    }
}
