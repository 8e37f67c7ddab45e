package org.joinedup.platform.notification;

import java.time.Clock;

import org.joinedup.platform.audit.AuditActor;
import org.joinedup.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own choices about notifications. The daily digest is on until they
 * switch it off; e-mail copies of the digest and reminders are off until they choose them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    private static final Logger log = LoggerFactory.getLogger(NotificationPreferences.class);

    private final NotificationPreferenceRepository preferences;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationPreferences(NotificationPreferenceRepository preferences, AuditTrail audit, Clock clock) {
        this.preferences = preferences;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean digestEnabled() {
        return preferences.digestEnabledFor(AuditActor.signedInId());
    }

    @Transactional
    public void setDigestEnabled(boolean enabled) {
        long me = AuditActor.signedInId();
        NotificationPreference preference = mine(me);
        if (preference.digestEnabled() == enabled) {
            return;
        }
        preference.switchDigest(enabled, clock.instant());
        audit.record(enabled ? "notifications.digest-on" : "notifications.digest-off", "person", me,
                enabled ? "Switched the daily digest on" : "Switched the daily digest off");
        log.info("Person {} switched the daily digest {}", me, enabled ? "on" : "off");
    }

    /** Whether the daily digest and reminders also come by e-mail, to the account's address. */
    @Transactional(readOnly = true)
    public boolean byEmail() {
        return preferences.emailWantedBy(AuditActor.signedInId());
    }

    @Transactional
    public void setByEmail(boolean wanted) {
        long me = AuditActor.signedInId();
        NotificationPreference preference = mine(me);
        if (preference.byEmail() == wanted) {
            return;
        }
        preference.chooseEmail(wanted, clock.instant());
        audit.record(wanted ? "notifications.email-on" : "notifications.email-off", "person", me,
                wanted ? "Chose to get the daily digest and reminders by e-mail too"
                        : "Chose not to get the daily digest and reminders by e-mail");
        log.info("Person {} switched e-mail copies of the digest and reminders {}", me, wanted ? "on" : "off");
    }

    private NotificationPreference mine(long me) {
        return preferences.findById(me)
                .orElseGet(() -> preferences.save(new NotificationPreference(me, clock.instant())));
    }
}
