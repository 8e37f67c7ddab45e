package org.joinedup.forums.internal;

import java.util.Optional;

import org.joinedup.forums.threads.ForumKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ForumRepository extends JpaRepository<ForumEntity, Long> {

    Optional<ForumEntity> findByWorkspaceId(long workspaceId);

    Optional<ForumEntity> findFirstByKindOrderById(ForumKind kind);
}
