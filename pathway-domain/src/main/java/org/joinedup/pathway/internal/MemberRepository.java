package org.joinedup.pathway.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<WorkspaceMember, Long>, ActiveConvenors {

    Optional<WorkspaceMember> findByWorkspaceIdAndPersonId(long workspaceId, long personId);

    List<WorkspaceMember> findByWorkspaceId(long workspaceId);

    List<WorkspaceMember> findByPersonId(long personId);

    long countByPersonId(long personId);
}
