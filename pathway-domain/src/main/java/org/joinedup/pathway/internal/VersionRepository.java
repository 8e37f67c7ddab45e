package org.joinedup.pathway.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionRepository extends JpaRepository<PathwayVersion, Long> {

    Optional<PathwayVersion> findFirstByWorkspaceIdOrderByNumberDesc(long workspaceId);

    Optional<PathwayVersion> findByWorkspaceIdAndNumber(long workspaceId, int number);

    List<PathwayVersion> findByWorkspaceId(long workspaceId, Pageable page);

    long countByWorkspaceId(long workspaceId);
}
