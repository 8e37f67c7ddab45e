package org.joinedup.pathway.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftSnapshotRepository extends JpaRepository<DraftSnapshot, Long> {

    List<DraftSnapshot> findByWorkspaceIdOrderByIdDesc(long workspaceId);

    Optional<DraftSnapshot> findByIdAndWorkspaceId(long id, long workspaceId);

    List<DraftSnapshot> findByReplacedByOrderById(long personId);
}
