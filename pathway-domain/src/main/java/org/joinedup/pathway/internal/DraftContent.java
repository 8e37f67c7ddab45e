package org.joinedup.pathway.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.springframework.stereotype.Component;

/**
 * The draft's rows as a whole: read as a snapshot, replaced by one, locked for a
 * structural change. The draft editor uses it, and so do proposals and the history,
 * which compare the draft with versions and bring versions back.
 */
@Component
public class DraftContent {

    private final WorkspaceRepository workspaces;
    private final StageRepository stages;
    private final StepRepository steps;
    private final HandoverRepository handovers;
    private final BranchRepository branches;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DraftRevisions revisions;

    DraftContent(WorkspaceRepository workspaces, StageRepository stages, StepRepository steps,
            HandoverRepository handovers, BranchRepository branches, EntityManager entityManager, Clock clock,
            DraftRevisions revisions) {
        this.workspaces = workspaces;
        this.stages = stages;
        this.steps = steps;
        this.handovers = handovers;
        this.branches = branches;
        this.entityManager = entityManager;
        this.clock = clock;
        this.revisions = revisions;
    }

    /** The draft as it stands, as a snapshot. The caller has checked access. */
    public PathwaySnapshot snapshot(long workspaceId) {
        List<StepEntity> stepRows = steps.findByWorkspaceIdOrderByPosition(workspaceId);
        Map<Long, List<PathwaySnapshot.Branch>> branchesByStep = branches.findByWorkspaceIdOrderByStepIdAscPositionAsc(workspaceId)
                .stream().collect(Collectors.groupingBy(BranchEntity::stepId, Collectors.mapping(
                        branch -> new PathwaySnapshot.Branch(branch.label(), branch.targetStepKey()), Collectors.toList())));
        Map<Long, List<PathwaySnapshot.Step>> byStage = stepRows.stream().collect(Collectors.groupingBy(StepEntity::stageId,
                Collectors.mapping(step -> new PathwaySnapshot.Step(step.key(), step.fields(),
                        branchesByStep.getOrDefault(step.id(), List.of())), Collectors.toList())));
        List<PathwaySnapshot.Stage> stageSnapshots = stages.findByWorkspaceIdOrderByPosition(workspaceId).stream()
                .map(stage -> new PathwaySnapshot.Stage(stage.key(), stage.title(), byStage.getOrDefault(stage.id(), List.of())))
                .toList();
        Map<Long, String> keys = stepRows.stream().collect(Collectors.toMap(StepEntity::id, StepEntity::key));
        List<PathwaySnapshot.Handover> handoverSnapshots = handovers.findByWorkspaceId(workspaceId).stream()
                .sorted(Comparator.comparing(HandoverEntity::key))
                .map(handover -> new PathwaySnapshot.Handover(handover.key(), keys.get(handover.fromStepId()),
                        keys.get(handover.toStepId()), handover.fields()))
                .toList();
        return new PathwaySnapshot(stageSnapshots, handoverSnapshots);
    }

    /**
     * Makes the draft say what {@code content} says, keeping the rows (and so the comments)
     * of stages and steps whose keys it still has; every stage, step and hand-over it adds,
     * changes or takes out gets a revision in the draft's history. The caller has checked
     * access and holds the draft lock.
     */
    public void replaceWith(long workspaceId, PathwaySnapshot content) {
        long me = CurrentPerson.id();
        Instant now = clock.instant();
        PathwaySnapshot before = snapshot(workspaceId);
        Map<String, StageEntity> stageByKey = stages.findByWorkspaceIdOrderByPosition(workspaceId).stream()
                .collect(Collectors.toMap(StageEntity::key, stage -> stage));
        Map<String, StepEntity> stepByKey = steps.findByWorkspaceIdOrderByPosition(workspaceId).stream()
                .collect(Collectors.toMap(StepEntity::key, step -> step));
        handovers.deleteAll(handovers.findByWorkspaceId(workspaceId));
        handovers.flush();
        branches.deleteByWorkspace(workspaceId);
        Set<String> keptSteps = content.steps().map(PathwaySnapshot.Step::key).collect(Collectors.toSet());
        for (StepEntity step : stepByKey.values()) {
            if (!keptSteps.contains(step.key())) {
                entityManager.createQuery("delete from StepComment c where c.stepId = :step").setParameter("step", step.id())
                        .executeUpdate();
                steps.delete(step);
            }
        }
        steps.flush();
        // Positions are unique only by convention, so park kept steps far away before placing them.
        int stagePosition = 0;
        Set<String> keptStages = new HashSet<>();
        for (PathwaySnapshot.Stage snapshot : content.stages()) {
            StageEntity stage = stageByKey.get(snapshot.key());
            if (stage == null) {
                stage = stages.save(new StageEntity(workspaceId, snapshot.key(), stagePosition, snapshot.title()));
            } else {
                stage.rename(snapshot.title());
                stage.moveTo(stagePosition);
            }
            stages.flush();
            keptStages.add(snapshot.key());
            stagePosition++;
            int stepPosition = 0;
            for (PathwaySnapshot.Step stepSnapshot : snapshot.steps()) {
                StepEntity step = stepByKey.get(stepSnapshot.key());
                if (step == null) {
                    step = new StepEntity(workspaceId, stage.id(), stepSnapshot.key(), stepPosition, stepSnapshot.fields(), me, now);
                } else {
                    if (!step.fields().equals(stepSnapshot.fields())) {
                        step.edit(stepSnapshot.fields(), me, now);
                    }
                    step.place(stage.id(), stepPosition);
                }
                steps.save(step);
                stepByKey.put(step.key(), step);
                stepPosition++;
            }
        }
        steps.flush();
        for (StageEntity stage : stageByKey.values()) {
            if (!keptStages.contains(stage.key())) {
                stages.delete(stage);
            }
        }
        stages.flush();
        for (PathwaySnapshot.Handover handover : content.handovers()) {
            handovers.save(new HandoverEntity(workspaceId, handover.key(), stepByKey.get(handover.fromStepKey()).id(),
                    stepByKey.get(handover.toStepKey()).id(), handover.fields()));
        }
        handovers.flush();
        content.steps().forEach(step -> {
            List<PathwaySnapshot.Branch> stepBranches = step.branches();
            for (int position = 0; position < stepBranches.size(); position++) {
                PathwaySnapshot.Branch branch = stepBranches.get(position);
                branches.save(new BranchEntity(workspaceId, stepByKey.get(step.key()).id(), position, branch.label(),
                        branch.targetStepKey()));
            }
        });
        branches.flush();
        revisions.replaced(workspaceId, before, content);
        touch(workspaceId);
    }

    /** Takes the workspace's draft lock: structural changes to one draft happen one at a time. */
    public void lock(long workspaceId) {
        workspaces.lockById(workspaceId);
        touch(workspaceId);
    }

    /** Notes that the draft changed now. */
    public void touch(long workspaceId) {
        entityManager.createQuery("update Workspace w set w.draftChangedAt = :now where w.id = :id")
                .setParameter("now", clock.instant())
                .setParameter("id", workspaceId)
                .executeUpdate();
    }
}
