package org.joinedup.pathway.workspace;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HandoverRepository extends JpaRepository<HandoverEntity, Long> {

    List<HandoverEntity> findByWorkspaceId(long workspaceId);

    @Query("select h from HandoverEntity h where h.fromStepId = ?1 or h.toStepId = ?1")
    List<HandoverEntity> touching(long stepId);
}
