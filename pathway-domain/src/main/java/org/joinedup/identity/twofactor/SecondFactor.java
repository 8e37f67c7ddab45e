package org.joinedup.identity.twofactor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's authenticator: the sealed secret and the newest time step whose code was accepted. */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    static final int CIPHERTEXT_MAX = 200;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "secret_ciphertext", nullable = false, length = CIPHERTEXT_MAX)
    private String secretCiphertext;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_used_step")
    private Long lastUsedStep;

    /** Two requests with the same code race on this: only one of them commits. */
    @Version
    private long version;

    protected SecondFactor() {
    }

    SecondFactor(long personId, String secretCiphertext, Instant enrolledAt, Long firstUsedStep) {
        this.personId = personId;
        replace(secretCiphertext, enrolledAt, firstUsedStep);
    }

    String secretCiphertext() {
        return secretCiphertext;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    Long lastUsedStep() {
        return lastUsedStep;
    }

    void replace(String newCiphertext, Instant when, Long firstUsedStep) {
        this.secretCiphertext = newCiphertext;
        this.enrolledAt = when;
        this.lastUsedStep = firstUsedStep;
    }

    void used(long step) {
        this.lastUsedStep = step;
    }
}
