package org.joinedup.pathway.workspace;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentationExceptionRepository extends JpaRepository<RepresentationException, Long> {

    boolean existsByWorkspaceIdAndPersonIdAndCareSettingAndRevokedAtIsNull(long workspaceId, long personId,
            CareSetting careSetting);

    List<RepresentationException> findByPersonIdAndRevokedAtIsNullOrderByGrantedAt(long personId);
}
