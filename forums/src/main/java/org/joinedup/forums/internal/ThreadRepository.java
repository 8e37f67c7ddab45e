package org.joinedup.forums.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ThreadRepository extends JpaRepository<ThreadEntity, Long> {

    /** The thread locked for writing, so replies, locking and hiding do not pass each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ForumThread t where t.id = :id")
    Optional<ThreadEntity> lockById(long id);
}
