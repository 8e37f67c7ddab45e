package org.joinedup.pathway.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentity, Long> {

    @EntityGraph(attributePaths = "person")
    Optional<ExternalIdentity> findByIssuerAndSubject(String issuer, String subject);
}
