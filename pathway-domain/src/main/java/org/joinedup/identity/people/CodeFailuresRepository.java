package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CodeFailuresRepository extends JpaRepository<CodeFailures, Long> {

    /** Makes sure the row exists, so that the locked read after it serialises concurrent refusals for one person. */
    @Modifying
    @Query(value = "insert into code_failures (person_id, failures, last_failure_at, locks) "
            + "values (:personId, 0, :now, 0) on duplicate key update person_id = person_id", nativeQuery = true)
    void createIfMissing(long personId, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from CodeFailures f where f.personId = :personId")
    Optional<CodeFailures> findForUpdate(long personId);

    @Modifying
    @Query("delete from CodeFailures f where f.personId = :personId")
    int forget(long personId);
}
