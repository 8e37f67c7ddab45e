package org.joinedup.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.Ordered;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so an
 * entry exists exactly when the change it describes was committed. Appends are
 * serialised on one head row, which keeps the hash chain linear across threads and
 * nodes. Each entry is sealed with an HMAC under a key derived from the portal's secret
 * key ({@link ChainSeal}).
 *
 * <p>The head row's lock is the last lock any transaction takes: {@link #record} only
 * notes the entry, and the entries a transaction noted are appended just before it
 * commits, after everything else it changed has been written. So a service may record
 * and then go on to change other rows (send notifications, say) without ever waiting for
 * a row lock while it holds the head, which is what would let two transactions deadlock.
 */
@Service
public class AuditTrail {

    private static final int VERIFY_BATCH = 500;

    private final AuditEntryRepository entries;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ChainSeal seal;

    AuditTrail(AuditEntryRepository entries, EntityManager entityManager, Clock clock, ChainSeal seal) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.clock = clock;
        this.seal = seal;
    }

    /** Records a change made by the signed-in person, or by the portal itself when nobody is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, long subjectId, String details) {
        note(Actor.current(), action, subjectType, subjectId, details);
    }

    /**
     * Like {@link #record}, but names the signed-in actor {@code actorName} rather than the
     * name they signed in with: for a change that erases that name, such as closing one's
     * own account. Who acted is still read from the security context.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordUnderName(String actorName, String action, String subjectType, long subjectId,
            String details) {
        note(new Actor(Actor.current().id(), actorName), action, subjectType, subjectId, details);
    }

    private void note(Actor actor, String action, String subjectType, long subjectId, String details) {
        pendingInThisTransaction().add(new Pending(clock.instant(), actor, action, subjectType, subjectId, details));
    }

    private List<Pending> pendingInThisTransaction() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof AppendBeforeCommit append) {
                return append.pending;
            }
        }
        AppendBeforeCommit append = new AppendBeforeCommit();
        TransactionSynchronizationManager.registerSynchronization(append);
        return append.pending;
    }

    /** Appends a transaction's entries once the rest of its changes are written, then lets it commit. */
    private final class AppendBeforeCommit implements TransactionSynchronization {

        private final List<Pending> pending = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // Write the transaction's own changes first, so every row lock they need is held before the head's.
            entityManager.flush();
            String previous = headHash(true);
            for (Pending entry : pending) {
                previous = entries.save(new AuditEntry(entry.occurredAt(), entry.actor().id(), entry.actor().name(),
                        entry.action(), entry.subjectType(), entry.subjectId(), entry.details(), previous, seal))
                        .entryHash();
            }
            entityManager.createNativeQuery("update audit_chain_head set last_hash = ?1 where id = 1")
                    .setParameter(1, previous)
                    .executeUpdate();
        }

        /** After the other synchronisations' own before-commit work, which may still write rows. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private record Pending(Instant occurredAt, Actor actor, String action, String subjectType, long subjectId,
            String details) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRecord> history(String subjectType, long subjectId, int offset, int limit) {
        int size = Math.max(1, limit);
        return entries.history(subjectType, subjectId, PageRequest.of(offset / size, size)).stream()
                .map(AuditEntry::toRecord).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long historySize(String subjectType, long subjectId) {
        return entries.countBySubjectTypeAndSubjectId(subjectType, subjectId);
    }

    /**
     * Re-computes every seal in order; the first entry that does not follow is reported. An
     * entry whose seal was recomputed without the portal's key (as plain SHA-256, say) does
     * not follow.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ChainCheck verify() {
        String expectedPrevious = ChainSeal.GENESIS;
        long checked = 0;
        long lastId = 0;
        List<AuditEntry> batch;
        do {
            batch = entries.after(lastId, PageRequest.of(0, VERIFY_BATCH));
            for (AuditEntry entry : batch) {
                checked++;
                if (!entry.previousHash().equals(expectedPrevious) || !entry.sealWith(seal).equals(entry.entryHash())) {
                    return new ChainCheck(checked, entry.id(), false);
                }
                expectedPrevious = entry.entryHash();
                lastId = entry.id();
            }
            entityManager.clear();
        } while (batch.size() == VERIFY_BATCH);
        return new ChainCheck(checked, null, !expectedPrevious.equals(headHash(false)));
    }

    private String headHash(boolean lockForAppend) {
        return (String) entityManager
                .createNativeQuery("select last_hash from audit_chain_head where id = 1" + (lockForAppend ? " for update" : ""))
                .getSingleResult();
    }

    /** Who is acting: read from the security context, so callers cannot misattribute a change. */
    private record Actor(Long id, String name) {

        static Actor current() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
                return new Actor(actor.auditActorId(), actor.auditActorName());
            }
            return new Actor(null, "system");
        }
    }
}
