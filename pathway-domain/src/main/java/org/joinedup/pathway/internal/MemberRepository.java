package org.joinedup.pathway.internal;

import java.util.List;
import java.util.Optional;

import org.joinedup.identity.people.AccountStatus;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<WorkspaceMember, Long> {

    Optional<WorkspaceMember> findByWorkspaceIdAndPersonId(long workspaceId, long personId);

    List<WorkspaceMember> findByWorkspaceId(long workspaceId);

    List<WorkspaceMember> findByPersonId(long personId);

    long countByPersonId(long personId);

    @Query("select count(m) from WorkspaceMember m join Person p on p.id = m.personId "
            + "where m.workspaceId = ?1 and m.role = ?2 and p.status = ?3")
    long countByRoleAndAccountStatus(long workspaceId, WorkspaceRole role, AccountStatus status);

    /** Convenors whose accounts are active: a deactivated or closed convenor convenes nothing. */
    default long countActiveConvenors(long workspaceId) {
        return countByRoleAndAccountStatus(workspaceId, WorkspaceRole.CONVENOR, AccountStatus.ACTIVE);
    }
}
