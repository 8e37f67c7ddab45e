package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailuresRepository extends JpaRepository<SignInFailures, String> {

    /**
     * Makes sure the row exists, so that the locked read after it serialises concurrent
     * failures for one address, on this node or another.
     */
    @Modifying
    @Query(value = "insert into sign_in_failures (account_key, failures, window_started_at, last_failure_at, locks) "
            + "values (:key, 0, :now, :now, 0) on duplicate key update account_key = account_key",
            nativeQuery = true)
    void createIfMissing(String key, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SignInFailures f where f.accountKey = :key")
    Optional<SignInFailures> findForUpdate(String key);

    @Modifying
    @Query("delete from SignInFailures f where f.accountKey = :key")
    int forget(String key);

    /** Addresses nobody has failed to sign in with for a while, and that are not paused, are forgotten. */
    @Modifying
    @Query("delete from SignInFailures f where f.lastFailureAt < :before and (f.lockedUntil is null or f.lockedUntil < :now)")
    int forgetQuietSince(Instant before, Instant now);
}
