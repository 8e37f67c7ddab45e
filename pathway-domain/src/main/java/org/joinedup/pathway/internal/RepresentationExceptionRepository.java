package org.joinedup.pathway.internal;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RepresentationExceptionRepository extends JpaRepository<RepresentationException, Long> {

    public boolean existsByWorkspaceIdAndPersonIdAndCareSettingAndRevokedAtIsNull(long workspaceId, long personId,
            CareSetting careSetting);

    public List<RepresentationException> findByPersonIdAndRevokedAtIsNullOrderByGrantedAt(long personId);
}
