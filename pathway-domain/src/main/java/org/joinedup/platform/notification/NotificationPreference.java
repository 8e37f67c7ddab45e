package org.joinedup.platform.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's choices about notifications; without a row, the defaults apply. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    static final boolean DIGEST_BY_DEFAULT = true;
    static final boolean EMAIL_BY_DEFAULT = false;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "digest_enabled", nullable = false)
    private boolean digestEnabled;

    /** Whether the digest and reminders also come by e-mail. */
    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NotificationPreference() {
    }

    NotificationPreference(long personId, Instant changedAt) {
        this.personId = personId;
        this.digestEnabled = DIGEST_BY_DEFAULT;
        this.byEmail = EMAIL_BY_DEFAULT;
        this.changedAt = changedAt;
    }

    boolean digestEnabled() {
        return digestEnabled;
    }

    boolean byEmail() {
        return byEmail;
    }

    void chooseEmail(boolean wanted, Instant when) {
        this.byEmail = wanted;
        this.changedAt = when;
    }

    void switchDigest(boolean enabled, Instant when) {
        this.digestEnabled = enabled;
        this.changedAt = when;
    }
}
