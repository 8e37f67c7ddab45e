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
import org.joinedup.pathway.workspace.WorkspaceLimits;

/** An administrator's permission for one person to represent a setting other than their own in one workspace. */
@Entity
@Table(name = "representation_exception")
public class RepresentationException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", nullable = false, length = 20)
    private CareSetting careSetting;

    @Column(nullable = false, length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RepresentationException() {
    }

    public RepresentationException(long workspaceId, long personId, CareSetting careSetting, String reason, long grantedBy,
            Instant grantedAt) {
        this.workspaceId = workspaceId;
        this.personId = personId;
        this.careSetting = careSetting;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public void revoke(long by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long personId() {
        return personId;
    }

    public CareSetting careSetting() {
        return careSetting;
    }

    public String reason() {
        return reason;
    }

    public long grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
