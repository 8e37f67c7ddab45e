package org.joinedup.pathway.twofactor;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByPersonIdAndUsedAtIsNull(long personId);

    long countByPersonIdAndUsedAtIsNull(long personId);

    @Modifying
    @Query("delete from RecoveryCode c where c.personId = :personId")
    void deleteAllOf(long personId);
}
