package org.joinedup.identity.twofactor;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {
}
