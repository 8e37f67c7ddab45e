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
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;

@Entity
@Table(name = "workspace_member")
public class WorkspaceMember {

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

    public WorkspaceMember(long workspaceId, long personId, Membership membership, Instant addedAt) {
        this.workspaceId = workspaceId;
        this.personId = personId;
        this.addedAt = addedAt;
        assign(membership);
    }

    public void assign(Membership membership) {
        this.role = membership.role();
        this.careSetting = membership.role() == WorkspaceRole.SETTING_REPRESENTATIVE ? membership.careSetting() : null;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long personId() {
        return personId;
    }

    public WorkspaceRole role() {
        return role;
    }

    public CareSetting careSetting() {
        return careSetting;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
