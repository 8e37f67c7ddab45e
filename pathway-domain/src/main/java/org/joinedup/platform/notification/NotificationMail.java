package org.joinedup.platform.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.platform.mail.MailMessage;
import org.joinedup.platform.mail.OutgoingMail;
import org.joinedup.platform.mail.PortalLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * E-mail copies for people who chose them on the notifications page: the daily digest,
 * reminders (proposal deadlines, reviews due), mentions, and new posts in the forum threads
 * they follow. Each is sent in addition to the in-app notification, inside the same
 * transaction, so it leaves only once that has committed.
 */
@Component
@Order(20)
class NotificationMail implements DigestDelivery {

    /**
     * The kinds people who chose e-mail also get by mail: reminders of something with a date,
     * someone naming them, and replies in the forum threads they follow. Other kinds
     * (publications, objections …) stay in the portal and the digest.
     */
    static final Set<NotificationKind> BY_EMAIL = EnumSet.of(NotificationKind.REMINDER, NotificationKind.REVIEW_DUE,
            NotificationKind.MENTION, NotificationKind.FORUM_REPLY, NotificationKind.FOLLOWED_THREAD);

    private final NotificationPreferenceRepository preferences;
    private final RecipientAddresses addresses;
    private final OutgoingMail mail;
    private final PortalLinks links;

    NotificationMail(NotificationPreferenceRepository preferences, RecipientAddresses addresses, OutgoingMail mail,
            PortalLinks links) {
        this.preferences = preferences;
        this.addresses = addresses;
        this.mail = mail;
        this.links = links;
    }

    @Override
    public void deliver(Digest digest) {
        if (!preferences.emailWantedBy(digest.recipientId())) {
            return;
        }
        String address = addresses.ofActive(Set.of(digest.recipientId())).get(digest.recipientId());
        if (address == null) {
            return;
        }
        StringBuilder text = new StringBuilder("Hello,\n\n")
                .append(digest.waiting() == 1 ? "1 decision is" : digest.waiting() + " decisions are")
                .append(" waiting on you in JoinedUp on ").append(DailyDigest.DAY.format(digest.day())).append(":\n\n");
        for (PendingDecision decision : digest.decisions()) {
            text.append("- ").append(decision.title());
            if (decision.dueBy() != null) {
                text.append(" (needed by ").append(DailyDigest.DUE.format(decision.dueBy())).append(')');
            }
            text.append("\n  ").append(links.to(decision.link())).append("\n\n");
        }
        if (digest.waiting() > digest.decisions().size()) {
            text.append("And ").append(digest.waiting() - digest.decisions().size())
                    .append(" more not listed here.\n\n");
        }
        text.append("Your notifications page lists them all: ").append(links.to(InAppDigestDelivery.NOTIFICATIONS_PAGE))
                .append('\n').append(footer());
        mail.send(new MailMessage(address, "JoinedUp: " + InAppDigestDelivery.title(digest), text.toString()));
    }

    /** Mails a copy of each notification among {@code stored} of a kind in {@link #BY_EMAIL}, to those who chose e-mail. */
    void copyReminders(List<Notification> stored) {
        List<Notification> reminders = stored.stream().filter(n -> BY_EMAIL.contains(n.kind())).toList();
        if (reminders.isEmpty()) {
            return;
        }
        Set<Long> wanting = preferences.wantingEmailAmong(
                reminders.stream().map(Notification::recipientId).collect(Collectors.toSet()));
        Map<Long, String> to = addresses.ofActive(wanting);
        for (Notification reminder : reminders) {
            String address = to.get(reminder.recipientId());
            if (address != null) {
                mail.send(new MailMessage(address, "JoinedUp: " + reminder.title(), "Hello,\n\n"
                        + reminder.title() + ".\n\nOpen it in JoinedUp: " + links.to(reminder.link()) + "\n"
                        + footer()));
            }
        }
    }

    private String footer() {
        return "\nYou get this e-mail because you chose to have the daily digest, reminders, mentions and forum "
                + "replies by e-mail too. To "
                + "stop, untick \"Also by e-mail\" on " + links.to(InAppDigestDelivery.NOTIFICATIONS_PAGE)
                + "\n\nJoinedUp\n";
    }
}
