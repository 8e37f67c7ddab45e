package org.joinedup.pathway.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.history.RevisionAction;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the draft's page history in the transaction of the change: each stage, step and
 * hand-over as it stands after being added, saved, moved, deleted or restored, by the
 * signed-in person. Before an item's first recorded change, {@link #before} keeps it as it
 * stood ({@link RevisionAction#RECORDED}), so that change too can be compared field by field.
 */
@Component
public class DraftRevisions {

    public static final String STAGE_MOVED = "Position";
    public static final String STEP_MOVED = "Stage";
    public static final String STEP_REORDERED = "Position in stage";

    private final DraftRevisionRepository revisions;
    private final StageRepository stages;
    private final StepRepository steps;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    DraftRevisions(DraftRevisionRepository revisions, StageRepository stages, StepRepository steps, Clock clock) {
        this.revisions = revisions;
        this.stages = stages;
        this.steps = steps;
        this.clock = clock;
    }

    /** What an item's next revision follows. */
    public record Pending(Long previousId) {
    }

    /** An item before it changes: its latest revision, or, if it has none, the item as it stands now. */
    public Pending before(StageEntity stage) {
        return before(stage.workspaceId(), stage.key(), () -> row(stage, RevisionAction.RECORDED, null, null));
    }

    public Pending before(StepEntity step) {
        return before(step.workspaceId(), step.key(),
                () -> row(step, RevisionAction.RECORDED, null, step.lastEditedBy()));
    }

    public Pending before(HandoverEntity handover) {
        return before(handover.workspaceId(), handover.key(), () -> row(handover, RevisionAction.RECORDED, null, null));
    }

    /** The item after it was saved (a stage: renamed). */
    public void saved(StageEntity stage, Pending pending) {
        record(stage, RevisionAction.SAVED, pending);
    }

    public void saved(StepEntity step, Pending pending) {
        record(step, RevisionAction.SAVED, pending);
    }

    public void saved(HandoverEntity handover, Pending pending) {
        record(handover, RevisionAction.SAVED, pending);
    }

    /** The item as it stood when it was deleted. */
    public void deleted(StageEntity stage, Pending pending) {
        record(stage, RevisionAction.DELETED, pending);
    }

    public void deleted(StepEntity step, Pending pending) {
        record(step, RevisionAction.DELETED, pending);
    }

    public void deleted(HandoverEntity handover, Pending pending) {
        record(handover, RevisionAction.DELETED, pending);
    }

    /** A new item: nothing before it. */
    public void added(StageEntity stage) {
        record(stage, RevisionAction.ADDED, new Pending(null));
    }

    public void added(StepEntity step) {
        record(step, RevisionAction.ADDED, new Pending(null));
    }

    public void added(HandoverEntity handover) {
        record(handover, RevisionAction.ADDED, new Pending(null));
    }

    /** A stage moved from one position (0 is first) to another. */
    public void moved(StageEntity stage, int from, int to, Pending pending) {
        if (from != to) {
            revisions.save(row(stage, RevisionAction.MOVED, pending.previousId(), CurrentPerson.id())
                    .moved(STAGE_MOVED, Integer.toString(from + 1), Integer.toString(to + 1)));
        }
    }

    /** A step moved, now placed; it was in {@code fromStage} at {@code fromPosition} (0 is first). */
    public void moved(StepEntity step, StageEntity fromStage, int fromPosition, Pending pending) {
        DraftRevision row = row(step, RevisionAction.MOVED, pending.previousId(), CurrentPerson.id());
        if (fromStage.id() != step.stageId()) {
            revisions.save(row.moved(STEP_MOVED, fromStage.title(), row.place()));
        } else if (fromPosition != step.position()) {
            revisions.save(row.moved(STEP_REORDERED, Integer.toString(fromPosition + 1),
                    Integer.toString(step.position() + 1)));
        }
    }

    /**
     * The draft was replaced by {@code after} (restoring a version or an earlier draft):
     * every stage, step and hand-over it added, changed or took out gets a revision.
     */
    public void replaced(long workspaceId, PathwaySnapshot before, PathwaySnapshot after) {
        Map<String, PathwaySnapshot.Stage> oldStages = before.stages().stream()
                .collect(Collectors.toMap(PathwaySnapshot.Stage::key, Function.identity()));
        Map<String, String> oldPlaces = places(before);
        Map<String, String> newPlaces = places(after);
        for (PathwaySnapshot.Stage stage : after.stages()) {
            PathwaySnapshot.Stage old = oldStages.get(stage.key());
            if (old == null || !old.title().equals(stage.title())) {
                Pending pending = old == null ? new Pending(null) : before(workspaceId, stage.key(),
                        () -> snapshotRow(workspaceId, Subject.STAGE, stage.key(), RevisionAction.RECORDED, old.title(),
                                null, null, null));
                revisions.save(snapshotRow(workspaceId, Subject.STAGE, stage.key(), RevisionAction.RESTORED,
                        stage.title(), null, null, pending.previousId()));
            }
        }
        Map<String, PathwaySnapshot.Step> oldSteps = before.steps()
                .collect(Collectors.toMap(PathwaySnapshot.Step::key, Function.identity()));
        after.steps().forEach(step -> {
            PathwaySnapshot.Step old = oldSteps.get(step.key());
            if (old == null || !old.fields().equals(step.fields())
                    || !Objects.equals(oldPlaces.get(step.key()), newPlaces.get(step.key()))) {
                Pending pending = old == null ? new Pending(null) : before(workspaceId, step.key(),
                        () -> snapshotRow(workspaceId, Subject.STEP, step.key(), RevisionAction.RECORDED,
                                old.fields().title(), oldPlaces.get(step.key()), json.writeValueAsString(old.fields()),
                                null));
                revisions.save(snapshotRow(workspaceId, Subject.STEP, step.key(), RevisionAction.RESTORED,
                        step.fields().title(), newPlaces.get(step.key()), json.writeValueAsString(step.fields()),
                        pending.previousId()));
            }
        });
        Map<String, PathwaySnapshot.Handover> oldHandovers = before.handovers().stream()
                .collect(Collectors.toMap(PathwaySnapshot.Handover::key, Function.identity()));
        for (PathwaySnapshot.Handover handover : after.handovers()) {
            PathwaySnapshot.Handover old = oldHandovers.get(handover.key());
            if (old == null || !old.equals(handover)) {
                Pending pending = old == null ? new Pending(null) : before(workspaceId, handover.key(),
                        () -> snapshotRow(workspaceId, Subject.HANDOVER, handover.key(), RevisionAction.RECORDED,
                                ends(old, before), null, json.writeValueAsString(old.fields()), null));
                revisions.save(snapshotRow(workspaceId, Subject.HANDOVER, handover.key(), RevisionAction.RESTORED,
                        ends(handover, after), null, json.writeValueAsString(handover.fields()), pending.previousId()));
            }
        }
        Map<String, PathwaySnapshot.Stage> newStages = after.stages().stream()
                .collect(Collectors.toMap(PathwaySnapshot.Stage::key, Function.identity()));
        before.handovers().stream().filter(handover -> after.handovers().stream().noneMatch(
                kept -> kept.key().equals(handover.key()))).forEach(handover -> removed(workspaceId, Subject.HANDOVER,
                handover.key(), ends(handover, before), null, json.writeValueAsString(handover.fields())));
        before.steps().filter(step -> !newPlaces.containsKey(step.key())).forEach(step -> removed(workspaceId,
                Subject.STEP, step.key(), step.fields().title(), oldPlaces.get(step.key()),
                json.writeValueAsString(step.fields())));
        before.stages().stream().filter(stage -> !newStages.containsKey(stage.key()))
                .forEach(stage -> removed(workspaceId, Subject.STAGE, stage.key(), stage.title(), null, null));
    }

    private void record(StageEntity stage, RevisionAction action, Pending pending) {
        revisions.save(row(stage, action, pending.previousId(), CurrentPerson.id()));
    }

    private void record(StepEntity step, RevisionAction action, Pending pending) {
        revisions.save(row(step, action, pending.previousId(), CurrentPerson.id()));
    }

    private void record(HandoverEntity handover, RevisionAction action, Pending pending) {
        revisions.save(row(handover, action, pending.previousId(), CurrentPerson.id()));
    }

    /** A step's fields as a revision keeps them. */
    public StepFields stepFields(DraftRevision revision) {
        return json.readValue(revision.fields(), StepFields.class);
    }

    /** A hand-over's fields as a revision keeps them. */
    public HandoverFields handoverFields(DraftRevision revision) {
        return json.readValue(revision.fields(), HandoverFields.class);
    }

    private void removed(long workspaceId, Subject kind, String key, String title, String place, String fields) {
        Pending pending = before(workspaceId, key,
                () -> snapshotRow(workspaceId, kind, key, RevisionAction.RECORDED, title, place, fields, null));
        revisions.save(snapshotRow(workspaceId, kind, key, RevisionAction.REMOVED_BY_RESTORE, title, place, fields,
                pending.previousId()));
    }

    private Pending before(long workspaceId, String key, Supplier<DraftRevision> asItStands) {
        Long latest = revisions.findFirstByWorkspaceIdAndItemKeyOrderByIdDesc(workspaceId, key).map(DraftRevision::id)
                .orElseGet(() -> revisions.save(asItStands.get()).id());
        return new Pending(latest);
    }

    private DraftRevision row(StageEntity stage, RevisionAction action, Long previousId, Long by) {
        return new DraftRevision(stage.workspaceId(), Subject.STAGE, stage.key(), action, stage.title(), null, null,
                previousId, by, clock.instant());
    }

    private DraftRevision row(StepEntity step, RevisionAction action, Long previousId, Long by) {
        String stage = stages.findById(step.stageId()).map(StageEntity::title).orElse("");
        return new DraftRevision(step.workspaceId(), Subject.STEP, step.key(), action, step.title(), stage,
                json.writeValueAsString(step.fields()), previousId, by,
                action == RevisionAction.RECORDED ? step.lastEditedAt() : clock.instant());
    }

    private DraftRevision row(HandoverEntity handover, RevisionAction action, Long previousId, Long by) {
        String title = stepTitle(handover.fromStepId()) + " \u2192 " + stepTitle(handover.toStepId());
        return new DraftRevision(handover.workspaceId(), Subject.HANDOVER, handover.key(), action, title, null,
                json.writeValueAsString(handover.fields()), previousId, by, clock.instant());
    }

    private DraftRevision snapshotRow(long workspaceId, Subject kind, String key, RevisionAction action, String title,
            String place, String fields, Long previousId) {
        return new DraftRevision(workspaceId, kind, key, action, title, place, fields, previousId,
                action == RevisionAction.RECORDED ? null : CurrentPerson.id(), clock.instant());
    }

    private String stepTitle(long stepId) {
        return steps.findById(stepId).map(StepEntity::title).orElse("a removed step");
    }

    private static Map<String, String> places(PathwaySnapshot snapshot) {
        Map<String, String> places = new HashMap<>();
        snapshot.stages().forEach(stage -> stage.steps().forEach(step -> places.put(step.key(), stage.title())));
        return places;
    }

    private static String ends(PathwaySnapshot.Handover handover, PathwaySnapshot pathway) {
        return title(handover.fromStepKey(), pathway) + " \u2192 " + title(handover.toStepKey(), pathway);
    }

    private static String title(String stepKey, PathwaySnapshot pathway) {
        return pathway.step(stepKey).map(step -> step.fields().title()).orElse("a removed step");
    }
}
