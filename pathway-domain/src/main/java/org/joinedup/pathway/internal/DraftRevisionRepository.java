package org.joinedup.pathway.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.joinedup.pathway.history.RevisionAction;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftRevisionRepository extends JpaRepository<DraftRevision, Long> {

    Optional<DraftRevision> findFirstByWorkspaceIdAndItemKeyOrderByIdDesc(long workspaceId, String itemKey);

    List<DraftRevision> findByWorkspaceIdAndActionNot(long workspaceId, RevisionAction hidden, Pageable page);

    long countByWorkspaceIdAndActionNot(long workspaceId, RevisionAction hidden);

    List<DraftRevision> findByWorkspaceIdAndItemKeyAndActionNot(long workspaceId, String itemKey, RevisionAction hidden,
            Pageable page);

    long countByWorkspaceIdAndItemKeyAndActionNot(long workspaceId, String itemKey, RevisionAction hidden);

    List<DraftRevision> findByIdIn(Collection<Long> ids);

    List<DraftRevision> findByChangedByOrderById(long personId);
}
