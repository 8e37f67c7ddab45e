package org.joinedup.pathway.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<StepComment, Long> {

    long countByStepIdAndResolvedAtIsNull(long stepId);
}
