package org.joinedup.pathway.notices;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UrgentNoticeRepository extends JpaRepository<UrgentNotice, Long> {

    Optional<UrgentNotice> findByIdAndWorkspaceId(long id, long workspaceId);

    List<UrgentNotice> findByWorkspaceIdOrderByDraftedAtDescIdDesc(long workspaceId);

    List<UrgentNotice> findByWorkspaceIdAndStatusOrderByDraftedAtDescIdDesc(long workspaceId, UrgentNotice.Status status);

    List<UrgentNotice> findByStatus(UrgentNotice.Status status);

    List<UrgentNotice> findByWorkspaceIdInAndStatus(Collection<Long> workspaceIds, UrgentNotice.Status status);
}
