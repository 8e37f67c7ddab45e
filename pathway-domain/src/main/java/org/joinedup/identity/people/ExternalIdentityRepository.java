package org.joinedup.identity.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentity, Long> {

    @EntityGraph(attributePaths = "person")
    Optional<ExternalIdentity> findByIssuerAndSubject(String issuer, String subject);

    List<ExternalIdentity> findByPersonIdOrderByLinkedAt(Long personId);

    boolean existsByPersonIdAndRegistrationId(Long personId, String registrationId);

    long countByPersonId(Long personId);

    @Modifying
    @Query("delete from ExternalIdentity e where e.person.id = :personId")
    void deleteByPerson(Long personId);
}
