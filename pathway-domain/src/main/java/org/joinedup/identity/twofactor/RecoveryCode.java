package org.joinedup.identity.twofactor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.joinedup.identity.people.PeopleLimits;

/** One single-use recovery code, kept only as a password hash. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "code_hash", nullable = false, length = PeopleLimits.PASSWORD_HASH_MAX)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(long personId, String codeHash) {
        this.personId = personId;
        this.codeHash = codeHash;
    }

    Long id() {
        return id;
    }

    String codeHash() {
        return codeHash;
    }
}
