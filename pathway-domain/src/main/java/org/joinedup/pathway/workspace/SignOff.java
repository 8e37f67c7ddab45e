package org.joinedup.pathway.workspace;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.joinedup.identity.people.CareSetting;

@Entity
@Table(name = "sign_off")
class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", nullable = false, length = 20)
    private CareSetting careSetting;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Column(length = WorkspaceLimits.REASON_MAX)
    private String reason;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(nullable = false)
    private boolean superseded;

    @Enumerated(EnumType.STRING)
    @Column(name = "superseded_because", length = 30)
    private SupersededBecause supersededBecause;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected SignOff() {
    }

    SignOff(long proposalId, CareSetting careSetting, int revision, Decision decision, String reason, long personId,
            Instant decidedAt) {
        this.proposalId = proposalId;
        this.careSetting = careSetting;
        this.revision = revision;
        this.decision = decision;
        this.reason = reason;
        this.personId = personId;
        this.decidedAt = decidedAt;
    }

    void supersede(SupersededBecause because, Instant at) {
        this.superseded = true;
        this.supersededBecause = because;
        this.supersededAt = at;
    }

    long proposalId() {
        return proposalId;
    }

    CareSetting careSetting() {
        return careSetting;
    }

    int revision() {
        return revision;
    }

    Decision decision() {
        return decision;
    }

    String reason() {
        return reason;
    }

    long personId() {
        return personId;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    boolean superseded() {
        return superseded;
    }

    SupersededBecause supersededBecause() {
        return supersededBecause;
    }

    Instant supersededAt() {
        return supersededAt;
    }
}
