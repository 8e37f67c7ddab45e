package org.joinedup.pathway.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.joinedup.identity.people.ConcurrentChangeException;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.internal.BranchEntity;
import org.joinedup.pathway.internal.BranchRepository;
import org.joinedup.pathway.internal.DraftChange;
import org.joinedup.pathway.internal.DraftContent;
import org.joinedup.pathway.internal.DraftRevisions;
import org.joinedup.pathway.internal.HandoverChange;
import org.joinedup.pathway.internal.HandoverEntity;
import org.joinedup.pathway.internal.HandoverRepository;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.StageEntity;
import org.joinedup.pathway.internal.StageRepository;
import org.joinedup.pathway.internal.StepEntity;
import org.joinedup.pathway.internal.StepRepository;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.validation.InvalidInputException;
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
    public static final String STEP_GONE = "This step was deleted by someone else while you had it open. What you typed is still in the form: copy it, or add it as a new step.";

    private final WorkspaceRepository workspaces;
    private final StageRepository stages;
    private final StepRepository steps;
    private final HandoverRepository handovers;
    private final BranchRepository branches;
    private final DraftContent content;
    private final WorkspaceGate gate;
    private final WorkspaceActivity activity;
    private final PersonNames names;
    private final WorkspaceService workspaceService;
    private final IdentifierScreening screening;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final DraftRevisions revisions;

    DraftService(WorkspaceRepository workspaces, StageRepository stages, StepRepository steps,
            HandoverRepository handovers, BranchRepository branches, DraftContent content, WorkspaceGate gate, WorkspaceActivity activity, PersonNames names,
            WorkspaceService workspaceService, IdentifierScreening screening, EntityManager entityManager,
            PlatformTransactionManager transactionManager, Clock clock, DraftRevisions revisions) {
        this.workspaces = workspaces;
        this.stages = stages;
        this.steps = steps;
        this.handovers = handovers;
        this.branches = branches;
        this.content = content;
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
        this.revisions = revisions;
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
        revisions.added(stage);
        activity.record(new DraftChange.StageAdded(workspaceId, stage.id(), checked));
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
        DraftRevisions.Pending pending = revisions.before(stage);
        stage.rename(checked);
        stages.saveAndFlush(stage);
        revisions.saved(stage, pending);
        activity.record(new DraftChange.StageRenamed(stage.workspaceId(), stageId, before, checked));
    }

    /** Moves a stage to {@code newIndex} (0 is first) in the journey. */
    @Transactional
    public void moveStage(long stageId, int newIndex) {
        StageEntity stage = existingStage(stageId);
        gate.requireEdit(stage.workspaceId());
        lockDraft(stage.workspaceId());
        List<StageEntity> ordered = new ArrayList<>(stages.findByWorkspaceIdOrderByPosition(stage.workspaceId()));
        int from = ordered.indexOf(stage);
        DraftRevisions.Pending pending = revisions.before(stage);
        ordered.removeIf(other -> other.id().equals(stage.id()));
        ordered.add(Math.clamp(newIndex, 0, ordered.size()), stage);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        revisions.moved(stage, from, ordered.indexOf(stage), pending);
        activity.record(new DraftChange.StageMoved(stage.workspaceId(), stageId, stage.title(),
                ordered.stream().map(StageEntity::id).toList()));
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
        revisions.deleted(stage, revisions.before(stage));
        stages.delete(stage);
        renumberStages(stage.workspaceId(), stageId);
        activity.record(new DraftChange.StageDeleted(stage.workspaceId(), stageId, stage.title()));
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
        revisions.added(step);
        activity.record(new DraftChange.StepAdded(stage.workspaceId(), step.id(), stageId, clean.title(),
                clean.careSetting(), stage.title()));
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
                DraftRevisions.Pending pending = revisions.before(step);
                step.edit(clean, CurrentPerson.id(), clock.instant());
                steps.saveAndFlush(step);
                revisions.saved(step, pending);
                activity.record(new DraftChange.StepSaved(step.workspaceId(), stepId, step.stageId(), clean.title(),
                        changedFieldNames(before, clean)));
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
        attached.forEach(handover -> revisions.deleted(handover, revisions.before(handover)));
        revisions.deleted(step, revisions.before(step));
        handovers.deleteAll(attached);
        entityManager.createQuery("delete from StepComment c where c.stepId = :step").setParameter("step", stepId).executeUpdate();
        steps.delete(step);
        steps.flush();
        renumberSteps(step.stageId(), stepId);
        activity.record(new DraftChange.StepDeleted(step.workspaceId(), stepId, step.stageId(), step.title(),
                step.careSetting(), attached.size()));
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
        StageEntity leaving = existingStage(fromStage);
        int fromPosition = step.position();
        DraftRevisions.Pending pending = revisions.before(step);
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
        revisions.moved(step, leaving, fromPosition, pending);
        activity.record(new DraftChange.StepMoved(step.workspaceId(), stepId, fromStage, targetStageId, step.title(),
                target.title(), step.position()));
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
        revisions.added(handover);
        activity.record(new HandoverChange.HandoverAdded(from.workspaceId(), handover.id(), from.title(),
                from.careSetting(), to.title(), to.careSetting()));
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
        DraftRevisions.Pending pending = revisions.before(handover);
        handover.edit(tidy(fields));
        handovers.saveAndFlush(handover);
        revisions.saved(handover, pending);
        StepEntity from = existingStep(handover.fromStepId());
        StepEntity to = existingStep(handover.toStepId());
        activity.record(new HandoverChange.HandoverSaved(handover.workspaceId(), handoverId, from.title(), to.title()));
        return details(handover, Map.of(from.id(), from, to.id(), to));
    }

    @Transactional
    public void deleteHandover(long handoverId) {
        HandoverEntity handover = handovers.findById(handoverId)
                .orElseThrow(() -> new DraftItemGoneException("This hand-over was already deleted."));
        gate.requireEdit(handover.workspaceId());
        lockDraft(handover.workspaceId());
        revisions.deleted(handover, revisions.before(handover));
        handovers.delete(handover);
        activity.record(new HandoverChange.HandoverDeleted(handover.workspaceId(), handoverId, handover.key()));
    }

    /** A step's branches in order, each with the step it leads to, or marked broken when that step was deleted. */
    @Transactional(readOnly = true)
    public List<BranchDetails> branchesOf(long stepId) {
        StepEntity step = existingStep(stepId);
        gate.requireRead(step.workspaceId());
        Map<String, StepEntity> byKey = steps.findByWorkspaceIdOrderByPosition(step.workspaceId()).stream()
                .collect(Collectors.toMap(StepEntity::key, row -> row));
        return branches.findByStepIdOrderByPosition(stepId).stream().map(branch -> {
            StepEntity target = byKey.get(branch.targetStepKey());
            return target == null ? new BranchDetails(branch.label(), branch.targetStepKey(), null, null, null)
                    : new BranchDetails(branch.label(), branch.targetStepKey(), target.id(), target.title(),
                            target.careSetting());
        }).toList();
    }

    /** Every step of the draft, stage by stage in journey order: what a branch may lead to. */
    @Transactional(readOnly = true)
    public List<StepChoice> stepChoices(long workspaceId) {
        gate.requireRead(workspaceId);
        List<StageEntity> stageRows = stages.findByWorkspaceIdOrderByPosition(workspaceId);
        Map<Long, String> stageTitles = stageRows.stream().collect(Collectors.toMap(StageEntity::id, StageEntity::title));
        List<Long> stageOrder = stageRows.stream().map(StageEntity::id).toList();
        return steps.findByWorkspaceIdOrderByPosition(workspaceId).stream()
                .sorted(Comparator.comparing((StepEntity step) -> stageOrder.indexOf(step.stageId()))
                        .thenComparing(StepEntity::position))
                .map(step -> new StepChoice(step.id(), step.key(), step.title(), step.careSetting(),
                        stageTitles.get(step.stageId())))
                .toList();
    }

    /**
     * Makes the step a decision with these branches, in this order, replacing those it had;
     * none makes it an ordinary step again. Each branch leads to another step of the same
     * draft, and no two share a label.
     */
    @Transactional
    public List<BranchDetails> setBranches(long stepId,
            @NotNull @Size(max = WorkspaceLimits.BRANCHES_MAX, message = "A decision has at most "
                    + WorkspaceLimits.BRANCHES_MAX + " branches") List<@Valid BranchFields> branchList) {
        StepEntity step = existingStep(stepId);
        gate.requireEdit(step.workspaceId());
        Map<String, String> labels = new LinkedHashMap<>();
        for (int index = 0; index < branchList.size(); index++) {
            labels.put("branch" + (index + 1), branchList.get(index).label());
        }
        screening.requireNone("the branches of step " + stepId, labels);
        lockDraft(step.workspaceId());
        Set<String> keys = steps.findByWorkspaceIdOrderByPosition(step.workspaceId()).stream().map(StepEntity::key)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (BranchFields branch : branchList) {
            if (branch.targetStepKey().equals(step.key()) || !keys.contains(branch.targetStepKey())) {
                throw new InvalidInputException("targetStepKey", "The branch \u201c" + branch.label().strip()
                        + "\u201d must lead to another step of this pathway.");
            }
            if (!seen.add(branch.label().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("label", "Two branches are labelled \u201c" + branch.label().strip()
                        + "\u201d. Give each branch its own label.");
            }
        }
        branches.deleteByStep(stepId);
        branches.flush();
        for (int position = 0; position < branchList.size(); position++) {
            BranchFields branch = branchList.get(position);
            branches.save(new BranchEntity(step.workspaceId(), stepId, position, branch.label().strip(),
                    branch.targetStepKey()));
        }
        branches.flush();
        activity.record(new DraftChange.BranchesSet(step.workspaceId(), stepId, step.stageId(), step.title(),
                branchList.stream().map(branch -> branch.label().strip()).toList()));
        return branchesOf(stepId);
    }

    /** The draft as a snapshot: what a proposal would put forward now. */
    @Transactional(readOnly = true)
    public PathwaySnapshot snapshot(long workspaceId) {
        gate.requireRead(workspaceId);
        return content.snapshot(workspaceId);
    }

    private void lockDraft(long workspaceId) {
        content.lock(workspaceId);
    }

    private void touchDraft(long workspaceId) {
        content.touch(workspaceId);
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

    /** One stage as it now stands, with its steps in journey order: what a live page redraws when the stage changed. */
    @Transactional(readOnly = true)
    public StageDetails stage(long stageId) {
        StageEntity stage = existingStage(stageId);
        gate.requireRead(stage.workspaceId());
        List<StepEntity> stepRows = steps.findByStageIdOrderByPosition(stageId);
        Map<Long, String> editors = names.of(stepRows.stream().map(StepEntity::lastEditedBy).collect(Collectors.toSet()));
        return new StageDetails(stage.id(), stage.key(), stage.position(), stage.version(), stage.title(),
                stepRows.stream().map(step -> details(step, editors)).toList());
    }

    /** The hand-overs to or from one step, by the title of the step they start from. */
    @Transactional(readOnly = true)
    public List<HandoverDetails> handoversOf(long stepId) {
        StepEntity step = existingStep(stepId);
        gate.requireRead(step.workspaceId());
        List<HandoverEntity> touching = handovers.touching(stepId);
        Set<Long> joined = new HashSet<>();
        touching.forEach(handover -> {
            joined.add(handover.fromStepId());
            joined.add(handover.toStepId());
        });
        Map<Long, StepEntity> stepsById = steps.findAllById(joined).stream()
                .collect(Collectors.toMap(StepEntity::id, joinedStep -> joinedStep));
        return touching.stream().map(handover -> details(handover, stepsById))
                .sorted(Comparator.comparing(HandoverDetails::fromStepTitle)).toList();
    }
}
