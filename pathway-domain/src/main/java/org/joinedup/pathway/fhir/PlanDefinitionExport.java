package org.joinedup.pathway.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A published version of a pathway as an HL7 FHIR R4 PlanDefinition in JSON, for other
 * systems to import. Whoever may read the published version may export it; the check
 * is {@link PathwayHistory#published}'s.
 */
@Service
public class PlanDefinitionExport {

    private final PathwayHistory history;
    private final ObjectProvider<FhirContext> fhir;

    PlanDefinitionExport(PathwayHistory history, ObjectProvider<FhirContext> fhir) {
        this.history = history;
        this.fhir = fhir;
    }

    /**
     * @throws org.springframework.security.access.AccessDeniedException the person may not read the workspace's draft
     * @throws java.util.NoSuchElementException                         no such version has been published
     */
    @PreAuthorize("isAuthenticated()")
    public String toJson(long workspaceId, int versionNumber) {
        return PlanDefinitionMapper.toJson(fhir.getObject(), history.published(workspaceId, versionNumber));
    }
}
