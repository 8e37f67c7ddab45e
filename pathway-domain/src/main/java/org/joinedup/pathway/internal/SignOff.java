package org.joinedup.pathway.internal;

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
import org.joinedup.pathway.proposal.Decision;
import org.joinedup.pathway.proposal.SupersededBecause;
import org.joinedup.pathway.workspace.WorkspaceLimits;

@Entity
@Table(name = "sign_off")
public class SignOff {

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

    public SignOff(long proposalId, CareSetting careSetting, int revision, Decision decision, String reason, long personId,
            Instant decidedAt) {
        this.proposalId = proposalId;
        this.careSetting = careSetting;
        this.revision = revision;
        this.decision = decision;
        this.reason = reason;
        this.personId = personId;
        this.decidedAt = decidedAt;
    }

    public void supersede(SupersededBecause because, Instant at) {
        this.superseded = true;
        this.supersededBecause = because;
        this.supersededAt = at;
    }

    public long proposalId() {
        return proposalId;
    }

    public CareSetting careSetting() {
        return careSetting;
    }

    public int revision() {
        return revision;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public long personId() {
        return personId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean superseded() {
        return superseded;
    }

    public SupersededBecause supersededBecause() {
        return supersededBecause;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
