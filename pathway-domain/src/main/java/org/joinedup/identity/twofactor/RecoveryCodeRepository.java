package org.joinedup.identity.twofactor;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByPersonIdAndUsedAtIsNull(long personId);

    long countByPersonIdAndUsedAtIsNull(long personId);

    /** Marks the code used if it is still unused; returns how many rows changed, 1 or 0. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :when where c.id = :id and c.usedAt is null")
    int spend(long id, Instant when);

    @Modifying
    @Query("delete from RecoveryCode c where c.personId = :personId")
    void deleteAllOf(long personId);
}
