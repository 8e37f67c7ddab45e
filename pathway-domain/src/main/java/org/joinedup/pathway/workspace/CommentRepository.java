package org.joinedup.pathway.workspace;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<StepComment, Long> {

    long countByStepIdAndResolvedAtIsNull(long stepId);
}
