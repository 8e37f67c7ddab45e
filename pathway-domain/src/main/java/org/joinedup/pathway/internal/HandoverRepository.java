package org.joinedup.pathway.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HandoverRepository extends JpaRepository<HandoverEntity, Long> {

    public List<HandoverEntity> findByWorkspaceId(long workspaceId);

    @Query("select h from HandoverEntity h where h.fromStepId = ?1 or h.toStepId = ?1")
    public List<HandoverEntity> touching(long stepId);
}
