package org.joinedup.pathway.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BranchRepository extends JpaRepository<BranchEntity, Long> {

    List<BranchEntity> findByWorkspaceIdOrderByStepIdAscPositionAsc(long workspaceId);

    List<BranchEntity> findByStepIdOrderByPosition(long stepId);

    @Modifying
    @Query("delete from BranchEntity b where b.stepId = ?1")
    void deleteByStep(long stepId);

    @Modifying
    @Query("delete from BranchEntity b where b.workspaceId = ?1")
    void deleteByWorkspace(long workspaceId);
}
