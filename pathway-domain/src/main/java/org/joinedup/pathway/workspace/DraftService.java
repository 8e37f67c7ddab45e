package org.joinedup.pathway.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;

import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.joinedup.identity.people.ConcurrentChangeException;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.InvalidInputException;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The working draft of a workspace's pathway, edited by several members at once. Every
 * change is audited and told to everyone who has the workspace open once it commits.
 * Saving a step names the version the editor started from; if someone saved in between,
 * nothing is overwritten and the editor is shown both versions. Changes to the order of
 * stages and steps are serialised per workspace. Text that looks like it identifies a
 * patient is refused before anything is saved.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class DraftService {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);
    static final String STEP_GONE = "This step was deleted by someone else while you had it open. What you typed is still in the form: copy it, or add it as a new step.";

    private final WorkspaceRepository workspaces;
    private final StageRepository stages;
    private final StepRepository steps;
    private final HandoverRepository handovers;
    private final WorkspaceGate gate;
    private final WorkspaceActivity activity;
    private final PersonNames names;
    private final WorkspaceService workspaceService;
    private final IdentifierScreening screening;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    DraftService(WorkspaceRepository workspaces, StageRepository stages, StepRepository steps,
            HandoverRepository handovers, WorkspaceGate gate, WorkspaceActivity activity, PersonNames names,
            WorkspaceService workspaceService, IdentifierScreening screening, EntityManager entityManager,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.workspaces = workspaces;
        this.stages = stages;
        this.steps = steps;
        this.handovers = handovers;
        this.gate = gate;
        this.activity = activity;
        this.names = names;
        this.workspaceService = workspaceService;
        this.screening = screening;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The whole draft in journey order, with what the signed-in person may do in it. */
    @Transactional(readOnly = true)
    public DraftPathway open(long workspaceId) {
        WorkspacePermissions permissions = gate.requireRead(workspaceId);
        List<StageEntity> stageRows = stages.findByWorkspaceIdOrderByPosition(workspaceId);
        List<StepEntity> stepRows = steps.findByWorkspaceIdOrderByPosition(workspaceId);
        Map<Long, String> editors = names.of(stepRows.stream().map(StepEntity::lastEditedBy).collect(Collectors.toSet()));
        Map<Long, List<StepDetails>> byStage = stepRows.stream()
                .collect(Collectors.groupingBy(StepEntity::stageId,
                        Collectors.mapping(step -> details(step, editors), Collectors.toList())));
        List<StageDetails> stageDetails = stageRows.stream()
                .map(stage -> new StageDetails(stage.id(), stage.key(), stage.position(), stage.version(), stage.title(),
                        byStage.getOrDefault(stage.id(), List.of())))
                .toList();
        Map<Long, StepEntity> stepsById = stepRows.stream().collect(Collectors.toMap(StepEntity::id, step -> step));
        List<HandoverDetails> handoverDetails = handovers.findByWorkspaceId(workspaceId).stream()
                .map(handover -> details(handover, stepsById))
                .sorted(Comparator.comparing(HandoverDetails::fromStepTitle))
                .toList();
        return new DraftPathway(workspaceService.workspace(workspaceId), permissions, stageDetails, handoverDetails);
    }

    /** One step as it now stands. */
    @Transactional(readOnly = true)
    public StepDetails step(long stepId) {
        StepEntity step = existingStep(stepId);
        gate.requireRead(step.workspaceId());
        return details(step, names.of(List.of(step.lastEditedBy())));
    }

    @Transactional
    public StageDetails addStage(long workspaceId, @StageTitle String title) {
        gate.requireEdit(workspaceId);
        String checked = stageTitle(title);
        lockDraft(workspaceId);
        int position = stages.findByWorkspaceIdOrderByPosition(workspaceId).size();
        StageEntity stage = stages.saveAndFlush(new StageEntity(workspaceId, UUID.randomUUID().toString(), position, checked));
        activity.changed(workspaceId, "pathway.stage-added", "Added stage \u201c" + checked + "\u201d",
                Kind.STAGE_CHANGED, stage.id(), "added the stage \u201c" + checked + "\u201d");
        return new StageDetails(stage.id(), stage.key(), stage.position(), stage.version(), stage.title(), List.of());
    }

    @Transactional
    public void renameStage(long stageId, long expectedVersion, @StageTitle String title) {
        StageEntity stage = existingStage(stageId);
        gate.requireEdit(stage.workspaceId());
        String checked = stageTitle(title);
        lockDraft(stage.workspaceId());
        if (stage.version() != expectedVersion) {
            throw new ConcurrentChangeException(
                    "Someone renamed this stage to \u201c" + stage.title() + "\u201d while you were editing it.");
        }
        String before = stage.title();
        stage.rename(checked);
        stages.saveAndFlush(stage);
        activity.changed(stage.workspaceId(), "pathway.stage-renamed", "Renamed stage \u201c" + before + "\u201d to \u201c"
                + checked + "\u201d", Kind.STAGE_CHANGED, stageId, "renamed the stage \u201c" + before + "\u201d");
    }

    /** Moves a stage to {@code newIndex} (0 is first) in the journey. */
    @Transactional
    public void moveStage(long stageId, int newIndex) {
        StageEntity stage = existingStage(stageId);
        gate.requireEdit(stage.workspaceId());
        lockDraft(stage.workspaceId());
        List<StageEntity> ordered = new ArrayList<>(stages.findByWorkspaceIdOrderByPosition(stage.workspaceId()));
        ordered.removeIf(other -> other.id().equals(stage.id()));
        ordered.add(Math.clamp(newIndex, 0, ordered.size()), stage);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        activity.changed(stage.workspaceId(), "pathway.stage-moved", "Moved stage \u201c" + stage.title() + "\u201d to position "
                + (stage.position() + 1), Kind.STAGE_CHANGED, stageId, "moved the stage \u201c" + stage.title() + "\u201d");
    }

    /** Deletes an empty stage; one that still has steps is refused, so no step is lost with it. */
    @Transactional
    public void deleteStage(long stageId) {
        StageEntity stage = existingStage(stageId);
        gate.requireEdit(stage.workspaceId());
        lockDraft(stage.workspaceId());
        long count = steps.countByStageId(stageId);
        if (count > 0) {
            throw new InvalidInputException("stage", "\u201c" + stage.title() + "\u201d still has " + count
                    + (count == 1 ? " step" : " steps") + ". Move or delete them first.");
        }
        stages.delete(stage);
        renumberStages(stage.workspaceId(), stageId);
        activity.changed(stage.workspaceId(), "pathway.stage-deleted", "Deleted stage \u201c" + stage.title() + "\u201d",
                Kind.STAGE_CHANGED, stageId, "deleted the stage \u201c" + stage.title() + "\u201d");
    }

    /** Adds a step at the end of the stage. */
    @Transactional
    public StepDetails addStep(long stageId, @Valid StepFields fields) {
        StageEntity stage = stages.findById(stageId).orElseThrow(() -> new InvalidInputException("stage",
                "That stage has been deleted since the page was loaded. Choose another stage."));
        gate.requireEdit(stage.workspaceId());
        screening.requireNone("a new step in stage " + stageId, fields.freeText());
        lockDraft(stage.workspaceId());
        StepFields clean = tidy(fields);
        int position = (int) steps.countByStageId(stageId);
        StepEntity step = steps.saveAndFlush(new StepEntity(stage.workspaceId(), stageId, UUID.randomUUID().toString(),
                position, clean, CurrentPerson.id(), clock.instant()));
        activity.changed(stage.workspaceId(), "pathway.step-added", "Added step \u201c" + clean.title() + "\u201d ("
                + clean.careSetting().label() + ") to stage \u201c" + stage.title() + "\u201d", Kind.STEP_ADDED, step.id(),
                "added the step \u201c" + clean.title() + "\u201d");
        return details(step, names.of(List.of(step.lastEditedBy())));
    }

    /**
     * Saves the step if nobody else has saved it since {@code expectedVersion}.
     *
     * @throws StepConflictException      someone saved first; it carries their version
     * @throws DraftItemGoneException     the step was deleted meanwhile
     * @throws IdentifiersFoundException  some of the text looks like it identifies a patient; nothing is saved
     */
    public StepDetails saveStep(long stepId, long expectedVersion, @Valid StepFields fields) {
        StepFields clean = tidy(fields);
        try {
            return transactions.execute(status -> {
                StepEntity step = existingStep(stepId);
                gate.requireEdit(step.workspaceId());
                screening.requireNone("step " + stepId, fields.freeText());
                touchDraft(step.workspaceId());
                if (step.version() != expectedVersion) {
                    throw new OptimisticLockingFailureException("Step " + stepId + " is at version " + step.version());
                }
                StepFields before = step.fields();
                step.edit(clean, CurrentPerson.id(), clock.instant());
                steps.saveAndFlush(step);
                activity.changed(step.workspaceId(), "pathway.step-saved", "Saved step \u201c" + clean.title() + "\u201d: "
                        + changedFieldNames(before, clean), Kind.STEP_SAVED, stepId, "saved the step \u201c" + clean.title() + "\u201d");
                return details(step, names.of(List.of(step.lastEditedBy())));
            });
        } catch (OptimisticLockingFailureException conflict) {
            StepDetails theirs = readOnly.execute(status -> step(stepId));
            log.info("Step {} save refused: version {} expected, {} found", stepId, expectedVersion, theirs.version());
            throw new StepConflictException(theirs);
        }
    }

    @Transactional
    public void deleteStep(long stepId) {
        StepEntity step = existingStep(stepId);
        gate.requireEdit(step.workspaceId());
        lockDraft(step.workspaceId());
        List<HandoverEntity> attached = handovers.touching(stepId);
        handovers.deleteAll(attached);
        entityManager.createQuery("delete from StepComment c where c.stepId = :step").setParameter("step", stepId).executeUpdate();
        steps.delete(step);
        steps.flush();
        renumberSteps(step.stageId(), stepId);
        activity.changed(step.workspaceId(), "pathway.step-deleted", "Deleted step \u201c" + step.title() + "\u201d ("
                + step.careSetting().label() + ")" + (attached.isEmpty() ? "" : " and its " + attached.size() + " hand-over(s)"),
                Kind.STEP_DELETED, stepId, "deleted the step \u201c" + step.title() + "\u201d");
    }

    /** Moves a step to {@code index} (0 is first) within a stage, which may be another stage. */
    @Transactional
    public void moveStep(long stepId, long targetStageId, int index) {
        StepEntity step = existingStep(stepId);
        gate.requireEdit(step.workspaceId());
        lockDraft(step.workspaceId());
        StageEntity target = stages.findById(targetStageId)
                .filter(stage -> stage.workspaceId() == step.workspaceId())
                .orElseThrow(() -> new InvalidInputException("stage",
                        "That stage has been deleted since the page was loaded. Choose another stage."));
        long fromStage = step.stageId();
        List<StepEntity> ordered = new ArrayList<>(steps.findByStageIdOrderByPosition(targetStageId));
        ordered.removeIf(other -> other.id().equals(step.id()));
        ordered.add(Math.clamp(index, 0, ordered.size()), step);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).place(targetStageId, i);
        }
        steps.flush();
        if (fromStage != targetStageId) {
            renumberSteps(fromStage, stepId);
        }
        activity.changed(step.workspaceId(), "pathway.step-moved", "Moved step \u201c" + step.title() + "\u201d to stage \u201c"
                + target.title() + "\u201d, position " + (step.position() + 1), Kind.STEP_MOVED, stepId,
                "moved the step \u201c" + step.title() + "\u201d");
    }

    @Transactional
    public HandoverDetails addHandover(long fromStepId, long toStepId, @Valid HandoverFields fields) {
        StepEntity from = existingStep(fromStepId);
        StepEntity to = existingStep(toStepId);
        if (from.workspaceId() != to.workspaceId() || fromStepId == toStepId) {
            throw new InvalidInputException("toStep", "A hand-over joins two different steps of the same pathway.");
        }
        gate.requireEdit(from.workspaceId());
        screening.requireNone("a new hand-over from step " + fromStepId, fields.freeText());
        lockDraft(from.workspaceId());
        HandoverEntity handover = handovers.saveAndFlush(new HandoverEntity(from.workspaceId(), UUID.randomUUID().toString(),
                fromStepId, toStepId, tidy(fields)));
        activity.changed(from.workspaceId(), "pathway.handover-added", "Added hand-over \u201c" + from.title() + "\u201d ("
                + from.careSetting().label() + ") \u2192 \u201c" + to.title() + "\u201d (" + to.careSetting().label() + ")",
                Kind.HANDOVER_CHANGED, handover.id(), "added a hand-over from \u201c" + from.title() + "\u201d");
        return details(handover, Map.of(from.id(), from, to.id(), to));
    }

    @Transactional
    public HandoverDetails saveHandover(long handoverId, long expectedVersion, @Valid HandoverFields fields) {
        HandoverEntity handover = handovers.findById(handoverId)
                .orElseThrow(() -> new DraftItemGoneException("This hand-over was deleted by someone else while you had it open."));
        gate.requireEdit(handover.workspaceId());
        screening.requireNone("hand-over " + handoverId, fields.freeText());
        touchDraft(handover.workspaceId());
        if (handover.version() != expectedVersion) {
            throw new ConcurrentChangeException(
                    "Someone saved this hand-over while you were editing it. Reopen it to see their version.");
        }
        handover.edit(tidy(fields));
        handovers.saveAndFlush(handover);
        StepEntity from = existingStep(handover.fromStepId());
        StepEntity to = existingStep(handover.toStepId());
        activity.changed(handover.workspaceId(), "pathway.handover-saved", "Saved hand-over \u201c" + from.title()
                + "\u201d \u2192 \u201c" + to.title() + "\u201d", Kind.HANDOVER_CHANGED, handoverId,
                "saved the hand-over from \u201c" + from.title() + "\u201d");
        return details(handover, Map.of(from.id(), from, to.id(), to));
    }

    @Transactional
    public void deleteHandover(long handoverId) {
        HandoverEntity handover = handovers.findById(handoverId)
                .orElseThrow(() -> new DraftItemGoneException("This hand-over was already deleted."));
        gate.requireEdit(handover.workspaceId());
        lockDraft(handover.workspaceId());
        handovers.delete(handover);
        activity.changed(handover.workspaceId(), "pathway.handover-deleted", "Deleted hand-over " + handover.key(),
                Kind.HANDOVER_CHANGED, handoverId, "deleted a hand-over");
    }

    /** The draft as a snapshot: what a proposal would put forward now. */
    @Transactional(readOnly = true)
    public PathwaySnapshot snapshot(long workspaceId) {
        gate.requireRead(workspaceId);
        return currentSnapshot(workspaceId);
    }

    PathwaySnapshot currentSnapshot(long workspaceId) {
        List<StepEntity> stepRows = steps.findByWorkspaceIdOrderByPosition(workspaceId);
        Map<Long, List<PathwaySnapshot.Step>> byStage = stepRows.stream().collect(Collectors.groupingBy(StepEntity::stageId,
                Collectors.mapping(step -> new PathwaySnapshot.Step(step.key(), step.fields()), Collectors.toList())));
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
     * of stages and steps whose keys it still has. The caller has checked access and holds
     * the draft lock.
     */
    void replaceWith(long workspaceId, PathwaySnapshot content) {
        long me = CurrentPerson.id();
        Instant now = clock.instant();
        Map<String, StageEntity> stageByKey = stages.findByWorkspaceIdOrderByPosition(workspaceId).stream()
                .collect(Collectors.toMap(StageEntity::key, stage -> stage));
        Map<String, StepEntity> stepByKey = steps.findByWorkspaceIdOrderByPosition(workspaceId).stream()
                .collect(Collectors.toMap(StepEntity::key, step -> step));
        handovers.deleteAll(handovers.findByWorkspaceId(workspaceId));
        handovers.flush();
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
        touchDraft(workspaceId);
    }

    /** Takes the workspace's draft lock: structural changes to one draft happen one at a time. */
    void lockDraft(long workspaceId) {
        workspaces.lockById(workspaceId);
        touchDraft(workspaceId);
    }

    private void touchDraft(long workspaceId) {
        entityManager.createQuery("update Workspace w set w.draftChangedAt = :now where w.id = :id")
                .setParameter("now", clock.instant())
                .setParameter("id", workspaceId)
                .executeUpdate();
    }

    private void renumberStages(long workspaceId, long removedId) {
        List<StageEntity> remaining = stages.findByWorkspaceIdOrderByPosition(workspaceId);
        int position = 0;
        for (StageEntity stage : remaining) {
            if (!stage.id().equals(removedId)) {
                stage.moveTo(position++);
            }
        }
    }

    private void renumberSteps(long stageId, long removedId) {
        int position = 0;
        for (StepEntity step : steps.findByStageIdOrderByPosition(stageId)) {
            if (!step.id().equals(removedId)) {
                step.place(stageId, position++);
            }
        }
    }

    private StepEntity existingStep(long stepId) {
        return steps.findById(stepId).orElseThrow(() -> new DraftItemGoneException(STEP_GONE));
    }

    private StageEntity existingStage(long stageId) {
        return stages.findById(stageId).orElseThrow(() -> new DraftItemGoneException(
                "This stage was deleted by someone else while you had it open."));
    }

    private String stageTitle(String title) {
        screening.requireNone("a stage title", Map.of("title", title));
        return title.strip();
    }

    private static StepFields tidy(StepFields fields) {
        return fields.withTitle(fields.title().strip());
    }

    private static HandoverFields tidy(HandoverFields fields) {
        return new HandoverFields(fields.trigger().strip(), fields.information(), fields.pendingResults().strip(),
                fields.responseTime().strip());
    }

    private static String changedFieldNames(StepFields before, StepFields after) {
        List<PathwayChange> changes = PathwayDiff.between(single(before), single(after));
        Collection<String> fields = changes.stream().flatMap(change -> change.fields().stream())
                .map(PathwayChange.FieldChange::field).toList();
        return fields.isEmpty() ? "no field changed" : String.join(", ", fields);
    }

    private static PathwaySnapshot single(StepFields fields) {
        return new PathwaySnapshot(List.of(new PathwaySnapshot.Stage("stage", "", List.of(new PathwaySnapshot.Step("step", fields)))),
                List.of());
    }

    private static StepDetails details(StepEntity step, Map<Long, String> editors) {
        return new StepDetails(step.id(), step.key(), step.stageId(), step.position(), step.version(), step.fields(),
                editors.getOrDefault(step.lastEditedBy(), "Former member"), step.lastEditedAt());
    }

    private static HandoverDetails details(HandoverEntity handover, Map<Long, StepEntity> stepsById) {
        StepEntity from = stepsById.get(handover.fromStepId());
        StepEntity to = stepsById.get(handover.toStepId());
        return new HandoverDetails(handover.id(), handover.key(), handover.version(), from.id(), from.title(),
                from.careSetting(), to.id(), to.title(), to.careSetting(), handover.fields());
    }
}
