package org.joinedup.identity.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);

    List<Organisation> findByKindOrderByName(OrganisationKind kind);
}
