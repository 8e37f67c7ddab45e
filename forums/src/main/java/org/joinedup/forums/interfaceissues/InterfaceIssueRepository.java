package org.joinedup.forums.interfaceissues;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InterfaceIssueRepository extends JpaRepository<InterfaceIssue, Long> {

    /** The issue locked for writing, so two status changes wait for each other and the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from InterfaceIssue i where i.id = :id")
    Optional<InterfaceIssue> lockById(long id);

    Optional<InterfaceIssue> findByThreadId(long threadId);
}
