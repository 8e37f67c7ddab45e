package org.joinedup.pathway.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<ChangeProposal, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ChangeProposal p where p.id = ?1")
    Optional<ChangeProposal> lockById(long id);

    Optional<ChangeProposal> findByWorkspaceIdAndStatus(long workspaceId, ProposalStatus status);

    List<ChangeProposal> findByStatus(ProposalStatus status);

    @Query("select coalesce(max(p.number), 0) from ChangeProposal p where p.workspaceId = ?1")
    int lastNumber(long workspaceId);
}
