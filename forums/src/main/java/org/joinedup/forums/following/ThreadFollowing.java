package org.joinedup.forums.following;

import java.time.Clock;

import org.joinedup.forums.internal.ForumGate;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.platform.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a thread: its followers hear of every new post. A thread's author follows it
 * from the start and a replier from their first published reply, unless they chose to stop
 * following it; that choice is kept, so replying again does not follow it again.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ThreadFollowing {

    static final String AUDIT_SUBJECT = "forum-thread";

    private final ForumGate gate;
    private final FollowRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    ThreadFollowing(ForumGate gate, FollowRows rows, AuditTrail audit, Clock clock) {
        this.gate = gate;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in person follows the thread. */
    @Transactional(readOnly = true)
    public boolean following(long threadId) {
        gate.requireReadThread(threadId);
        return rows.follows(threadId, CurrentPerson.id());
    }

    @Transactional
    public void follow(long threadId) {
        gate.requireReadThread(threadId);
        long me = CurrentPerson.id();
        if (!rows.follows(threadId, me)) {
            rows.setFollowing(threadId, me, true, clock.instant());
            audit.record("forum.thread-followed", AUDIT_SUBJECT, threadId, "Followed the thread");
        }
    }

    @Transactional
    public void unfollow(long threadId) {
        gate.requireReadThread(threadId);
        long me = CurrentPerson.id();
        boolean was = rows.follows(threadId, me);
        rows.setFollowing(threadId, me, false, clock.instant());
        if (was) {
            audit.record("forum.thread-unfollowed", AUDIT_SUBJECT, threadId, "Stopped following the thread");
        }
    }
}
