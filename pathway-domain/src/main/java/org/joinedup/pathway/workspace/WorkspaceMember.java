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
@Table(name = "workspace_member")
class WorkspaceMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WorkspaceRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", length = 20)
    private CareSetting careSetting;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected WorkspaceMember() {
    }

    WorkspaceMember(long workspaceId, long personId, Membership membership, Instant addedAt) {
        this.workspaceId = workspaceId;
        this.personId = personId;
        this.addedAt = addedAt;
        assign(membership);
    }

    void assign(Membership membership) {
        this.role = membership.role();
        this.careSetting = membership.role() == WorkspaceRole.SETTING_REPRESENTATIVE ? membership.careSetting() : null;
    }

    long workspaceId() {
        return workspaceId;
    }

    long personId() {
        return personId;
    }

    WorkspaceRole role() {
        return role;
    }

    CareSetting careSetting() {
        return careSetting;
    }

    Instant addedAt() {
        return addedAt;
    }
}
