package org.joinedup.identity.people;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.joinedup.platform.notification.RecipientAddresses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail addresses of people with an active account, for features that write to them
 * on their own choice without them being signed in (the daily digest and reminders by
 * e-mail). Not a service: other features call it inside their own checked operations,
 * never with input from the browser.
 */
@Component
public class MailAddresses implements RecipientAddresses {

    private final EntityManager entityManager;

    MailAddresses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Person id to address, for those among {@code personIds} whose accounts are active. */
    @Transactional(readOnly = true)
    public Map<Long, String> ofActive(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery(
                        "select p.id as id, p.email as email from Person p where p.id in :ids and p.status = :status",
                        Tuple.class)
                .setParameter("ids", Set.copyOf(personIds))
                .setParameter("status", AccountStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.toMap(row -> row.get("id", Long.class), row -> row.get("email", String.class)));
    }
}
