package org.joinedup.pathway.workspace;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageRepository extends JpaRepository<StageEntity, Long> {

    List<StageEntity> findByWorkspaceIdOrderByPosition(long workspaceId);
}
