package org.joinedup.platform.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Notifications' part of "your data": every notification and digest the person was sent,
 * and whether they want the digest. Closing the account deletes them all: they were
 * addressed to the person alone and nobody else needs them.
 */
@Component
@Order(20)
class NotificationPersonalData implements PersonalDataContributor {

    private final NotificationRepository notifications;
    private final NotificationDigestRepository digests;
    private final NotificationPreferenceRepository preferences;

    NotificationPersonalData(NotificationRepository notifications, NotificationDigestRepository digests,
            NotificationPreferenceRepository preferences) {
        this.notifications = notifications;
        this.digests = digests;
        this.preferences = preferences;
    }

    @Override
    public PersonalDataSection export(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dailyDigest", preferences.digestEnabledFor(personId) ? "on" : "off");
        data.put("digestAndRemindersByEmail", preferences.emailWantedBy(personId) ? "on" : "off");
        data.put("notifications", notifications.findByRecipientIdOrderByCreatedAtAscIdAsc(personId).stream()
                .map(notification -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("at", notification.createdAt());
                    item.put("kind", notification.kind().label());
                    item.put("title", notification.title());
                    item.put("link", notification.link());
                    item.put("readAt", notification.readAt());
                    return item;
                })
                .toList());
        data.put("digests", digests.findByRecipientIdOrderByDayAsc(personId).stream()
                .map(digest -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("day", digest.day().toString());
                    item.put("sentAt", digest.createdAt());
                    item.put("text", digest.body());
                    return item;
                })
                .toList());
        return new PersonalDataSection("notifications",
                "What the portal told you about, the daily digests it sent you, and whether you want the digest, and by e-mail.",
                data);
    }

    @Override
    public void erase(long personId) {
        digests.deleteByRecipient(personId);
        notifications.deleteByRecipient(personId);
        preferences.deleteById(personId);
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.of("notification.recipient_id", "notification_digest.recipient_id", "notification_preference.person_id",
                "notification_preference.by_email");
    }
}
