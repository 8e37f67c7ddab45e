package org.joinedup.pathway.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkspaceOriginRepository extends JpaRepository<WorkspaceOrigin, Long> {
}
