package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

    /** Locked, so two uses of one link at the same moment are one use and one refusal. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :tokenHash")
    Optional<AccountToken> findForUse(String tokenHash);

    /** Every link of this purpose still open for the person ends: a newer one, or what it was for, replaced it. */
    @Modifying
    @Query("""
            update AccountToken t set t.usedAt = :when
            where t.personId = :personId and t.purpose = :purpose and t.usedAt is null""")
    int useAll(long personId, AccountToken.Purpose purpose, Instant when);

    @Modifying
    @Query("delete from AccountToken t where t.expiresAt < :cutoff")
    int deleteExpiredBefore(Instant cutoff);

    @Modifying
    @Query("delete from AccountToken t where t.personId = :personId")
    int deleteByPerson(long personId);
}
