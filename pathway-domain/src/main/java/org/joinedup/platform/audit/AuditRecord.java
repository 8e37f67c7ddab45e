package org.joinedup.platform.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as callers see it.
 *
 * @param actorName   the actor's display name when the entry was written ("system" for the portal itself)
 * @param subjectType what kind of thing changed, e.g. {@code person}, {@code organisation}, {@code workspace}
 * @param details     a short, human-readable description of the change; never a password or a secret
 */
public record AuditRecord(long id, Instant occurredAt, Long actorId, String actorName, String action,
        String subjectType, long subjectId, String details) {
}
