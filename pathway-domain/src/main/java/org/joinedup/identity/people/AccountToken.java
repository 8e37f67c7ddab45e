package org.joinedup.identity.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use link's secret, as a SHA-256 digest only: whoever reads the database cannot
 * rebuild the link from it.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        CONFIRM_EMAIL, RESET_PASSWORD
    }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, Purpose purpose, long personId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.personId = personId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Purpose purpose() {
        return purpose;
    }

    long personId() {
        return personId;
    }

    LinkState stateAt(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        return now.isBefore(expiresAt) ? LinkState.VALID : LinkState.EXPIRED;
    }

    void use(Instant when) {
        if (usedAt == null) {
            this.usedAt = when;
        }
    }
}
