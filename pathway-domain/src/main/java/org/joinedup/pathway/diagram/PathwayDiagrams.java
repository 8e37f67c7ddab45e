package org.joinedup.pathway.diagram;

import java.util.Map;
import java.util.stream.Collectors;

import org.joinedup.pathway.internal.DraftContent;
import org.joinedup.pathway.internal.StepEntity;
import org.joinedup.pathway.internal.StepRepository;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working draft as a diagram, for those who may read the draft. A published version's
 * diagram is laid out from the version its reader already holds ({@link DiagramLayout#of}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PathwayDiagrams {

    private final DraftContent drafts;
    private final StepRepository steps;
    private final WorkspaceGate gate;
    private final WorkspaceRepository workspaces;

    PathwayDiagrams(DraftContent drafts, StepRepository steps, WorkspaceGate gate, WorkspaceRepository workspaces) {
        this.drafts = drafts;
        this.steps = steps;
        this.gate = gate;
        this.workspaces = workspaces;
    }

    @Transactional(readOnly = true)
    public DraftDiagram draft(long workspaceId) {
        gate.requireRead(workspaceId);
        Map<String, Long> ids = steps.findByWorkspaceIdOrderByPosition(workspaceId).stream()
                .collect(Collectors.toMap(StepEntity::key, StepEntity::id));
        return new DraftDiagram(workspaceId, workspaces.findById(workspaceId).orElseThrow().title(),
                DiagramLayout.of(drafts.snapshot(workspaceId)), ids);
    }
}
