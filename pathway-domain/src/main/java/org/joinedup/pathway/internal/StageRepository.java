package org.joinedup.pathway.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StageRepository extends JpaRepository<StageEntity, Long> {

    public List<StageEntity> findByWorkspaceIdOrderByPosition(long workspaceId);
}
