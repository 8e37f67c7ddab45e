package org.joinedup.pathway.workspace;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<WorkspaceMember, Long> {

    Optional<WorkspaceMember> findByWorkspaceIdAndPersonId(long workspaceId, long personId);

    List<WorkspaceMember> findByWorkspaceId(long workspaceId);

    List<WorkspaceMember> findByPersonId(long personId);

    long countByPersonId(long personId);
}
