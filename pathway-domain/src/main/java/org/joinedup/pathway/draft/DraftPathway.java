package org.joinedup.pathway.draft;

import java.util.List;
import java.util.Optional;

import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspacePermissions;

/** The whole working draft of a workspace, as the editor shows it. */
public record DraftPathway(WorkspaceDetails workspace, WorkspacePermissions permissions, List<StageDetails> stages,
        List<HandoverDetails> handovers) {

    public Optional<StepDetails> step(long stepId) {
        return stages.stream().flatMap(stage -> stage.steps().stream()).filter(step -> step.id() == stepId).findFirst();
    }

    public int stepCount() {
        return stages.stream().mapToInt(stage -> stage.steps().size()).sum();
    }
}
