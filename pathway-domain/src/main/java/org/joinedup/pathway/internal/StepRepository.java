package org.joinedup.pathway.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StepRepository extends JpaRepository<StepEntity, Long> {

    List<StepEntity> findByWorkspaceIdOrderByPosition(long workspaceId);

    List<StepEntity> findByStageIdOrderByPosition(long stageId);

    long countByStageId(long stageId);

    Optional<StepEntity> findByWorkspaceIdAndKey(long workspaceId, String key);
}
