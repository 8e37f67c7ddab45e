package org.joinedup.pathway.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface StepDocumentRepository extends JpaRepository<StepDocument, Long> {

    /** The step's documents still on the draft, oldest first. */
    @Query("select d from StepDocument d where d.workspaceId = ?1 and d.stepKey = ?2 and d.removedAt is null order by d.id")
    List<StepDocument> onStep(long workspaceId, String stepKey);

    /** The documents still on the draft on any of these steps, oldest first. */
    @Query("select d from StepDocument d where d.workspaceId = ?1 and d.stepKey in ?2 and d.removedAt is null order by d.id")
    List<StepDocument> onSteps(long workspaceId, Collection<String> stepKeys);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from StepDocument d where d.id = ?1")
    Optional<StepDocument> lockById(long id);
}
