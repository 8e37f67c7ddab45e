package org.joinedup.platform.notification;

import java.util.List;

import org.joinedup.platform.audit.AuditActor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What waits on the signed-in person, for the dashboard: the list the daily digest sends
 * (every {@link PendingDecisions} source, earliest due first), read now, and their unread
 * mentions, newest first.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WaitingOnYou {

    /** At most this many unread mentions are listed; the notifications page has them all. */
    public static final int MOST_MENTIONS = 20;

    private final DailyDigest digest;
    private final NotificationRepository notifications;

    WaitingOnYou(DailyDigest digest, NotificationRepository notifications) {
        this.digest = digest;
        this.notifications = notifications;
    }

    /** Each source answers in a read-only transaction of its own, as for the digest. */
    public Waiting mine() {
        long me = AuditActor.signedInId();
        List<NotificationItem> mentions = notifications.findByRecipientIdAndKindAndReadAtIsNullOrderByCreatedAtDescIdDesc(
                me, NotificationKind.MENTION, PageRequest.of(0, MOST_MENTIONS)).stream().map(Notification::toItem).toList();
        return new Waiting(digest.pendingFor(me), mentions);
    }

    /** Decisions waiting, as the digest lists them, and unread mentions. */
    public record Waiting(List<PendingDecision> decisions, List<NotificationItem> unreadMentions) {

        public Waiting {
            decisions = List.copyOf(decisions);
            unreadMentions = List.copyOf(unreadMentions);
        }

        public boolean isEmpty() {
            return decisions.isEmpty() && unreadMentions.isEmpty();
        }
    }
}
