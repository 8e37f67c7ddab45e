package org.joinedup.forums.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FlagRepository extends JpaRepository<FlagEntity, Long> {

    Optional<FlagEntity> findByPostIdAndFlaggedBy(long postId, long flaggedBy);

    List<FlagEntity> findByPostIdAndClearedAtIsNullOrderById(long postId);

    List<FlagEntity> findByPostIdInAndClearedAtIsNullOrderById(Collection<Long> postIds);
}
