package org.joinedup.pathway.people;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findWithOrganisationById(Long id);

    boolean existsByRolesContaining(Role role);

    /**
     * A bulk update, so recording a sign-in never collides with an edit of the profile.
     * MariaDB assigns left to right, so the previous value moves before the new one lands.
     */
    @Modifying
    @Query("update Person p set p.previousSignInAt = p.lastSignInAt, p.lastSignInAt = :when where p.id = :id")
    void recordSignIn(Long id, Instant when);
}
