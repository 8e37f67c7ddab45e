package org.joinedup.platform.notification;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One decision listed in a digest, as it stood when the digest was sent. */
@Embeddable
class DigestItem {

    @Column(nullable = false, length = NotificationLimits.TITLE)
    private String title;

    @Column(nullable = false, length = NotificationLimits.LINK)
    private String link;

    @Column(name = "due_by")
    private LocalDate dueBy;

    protected DigestItem() {
    }

    private DigestItem(String title, String link, LocalDate dueBy) {
        this.title = title;
        this.link = link;
        this.dueBy = dueBy;
    }

    static DigestItem of(PendingDecision decision) {
        return new DigestItem(decision.title(), decision.link(), decision.dueBy());
    }

    PendingDecision toDecision() {
        return new PendingDecision(title, link, dueBy);
    }
}
