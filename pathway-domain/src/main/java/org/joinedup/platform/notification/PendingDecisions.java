package org.joinedup.platform.notification;

import java.util.List;
import java.util.Set;

/**
 * A source of decisions that wait on people, for the daily digest. A module that asks
 * people to decide something (sign-offs, approvals) implements this as a Spring bean;
 * {@link DailyDigest} finds every such bean and combines them into one message a person.
 * <p>
 * Both methods are called by the scheduled job with nobody signed in, each call in a
 * read-only transaction of its own, so a failing source leaves the others' decisions in
 * the digest. They must not be {@code @PreAuthorize}d service methods, and they should
 * only list what the person may open.
 */
public interface PendingDecisions {

    /** What waits on this person today, in the order it should be listed. */
    List<PendingDecision> pendingFor(long personId);

    /** Everyone for whom {@link #pendingFor} would list something today. */
    Set<Long> peopleWithPendingDecisions();
}
