package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findWithOrganisationById(Long id);

    boolean existsByRolesContainingAndStatus(Role role, AccountStatus status);

    /** Accounts in the given status holding no role outside {@code decidable}, oldest first. */
    @EntityGraph(attributePaths = "organisation")
    @Query("""
            select p from Person p where p.status = :status
            and not exists (select r from Person q join q.roles r where q = p and r not in :decidable)
            order by p.createdAt, p.id""")
    List<Person> findByStatusWithin(AccountStatus status, Collection<Role> decidable, Pageable page);

    @Query("""
            select count(p) from Person p where p.status = :status
            and not exists (select r from Person q join q.roles r where q = p and r not in :decidable)""")
    long countByStatusWithin(AccountStatus status, Collection<Role> decidable);

    /**
     * Locks the rows of everyone in the given status who holds the role, so two people
     * cannot each leave the other as the last administrator at the same moment.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p join p.roles r where r = :role and p.status = :status")
    List<Person> lockHolders(Role role, AccountStatus status);

    /**
     * A bulk update, so recording a sign-in never collides with an edit of the profile.
     * MariaDB assigns left to right, so the previous value moves before the new one lands.
     */
    @Modifying
    @Query("update Person p set p.previousSignInAt = p.lastSignInAt, p.lastSignInAt = :when where p.id = :id")
    void recordSignIn(Long id, Instant when);
}
