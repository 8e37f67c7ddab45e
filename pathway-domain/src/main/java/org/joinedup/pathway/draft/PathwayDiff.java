package org.joinedup.pathway.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwayChange.Kind;
import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;

/**
 * Compares two versions of a pathway field by field, the fields being those of
 * {@link StepField} and {@link HandoverField}, and a decision's branches (labels and the
 * steps they lead to), matching stages, steps and hand-overs by key. The care settings of a change are every setting named on the
 * changed item before or after the change; for a stage, the settings of its steps.
 */
public final class PathwayDiff {

    private record Field<T>(String label, Function<T, String> value) {
    }

    private static final List<Field<StepFields>> STEP_FIELDS = Arrays.stream(StepField.values())
            .map(field -> new Field<StepFields>(field.label(), field::text)).toList();

    private static final List<Field<HandoverFields>> HANDOVER_FIELDS = Arrays.stream(HandoverField.values())
            .map(field -> new Field<HandoverFields>(field.label(), field::of)).toList();

    /** The label under which a decision's branches are compared. */
    public static final String BRANCHES = "Branches";

    private PathwayDiff() {
    }

    /** Every change from {@code before} to {@code after}: stages first, then steps, then hand-overs, in journey order. */
    public static List<PathwayChange> between(PathwaySnapshot before, PathwaySnapshot after) {
        List<PathwayChange> changes = new ArrayList<>();
        stageChanges(before, after, changes);
        stepChanges(before, after, changes);
        handoverChanges(before, after, changes);
        return List.copyOf(changes);
    }

    /** The care settings whose representatives must agree to these changes. */
    public static Set<CareSetting> affectedSettings(List<PathwayChange> changes) {
        Set<CareSetting> settings = EnumSet.noneOf(CareSetting.class);
        changes.forEach(change -> settings.addAll(change.settings()));
        return settings;
    }

    private static void stageChanges(PathwaySnapshot before, PathwaySnapshot after, List<PathwayChange> changes) {
        Map<String, Stage> old = byKey(before.stages(), Stage::key);
        Map<String, Stage> now = byKey(after.stages(), Stage::key);
        List<String> oldOrder = common(old.keySet(), now.keySet());
        List<String> newOrder = common(now.keySet(), old.keySet());
        for (Stage stage : after.stages()) {
            Stage previous = old.get(stage.key());
            if (previous == null) {
                changes.add(new PathwayChange(Kind.ADDED, Subject.STAGE, stage.key(), stage.title(),
                        List.of(new FieldChange("Title", "", stage.title())), settingsOf(stage), settingsOf(stage)));
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            compare("Title", previous.title(), stage.title(), fields);
            compare("Position", ordinal(oldOrder, stage.key()), ordinal(newOrder, stage.key()), fields);
            if (!fields.isEmpty()) {
                Set<CareSetting> settings = union(settingsOf(previous), settingsOf(stage));
                changes.add(new PathwayChange(Kind.CHANGED, Subject.STAGE, stage.key(), stage.title(), fields,
                        settings, settings));
            }
        }
        for (Stage stage : before.stages()) {
            if (!now.containsKey(stage.key())) {
                changes.add(new PathwayChange(Kind.REMOVED, Subject.STAGE, stage.key(), stage.title(),
                        List.of(new FieldChange("Title", stage.title(), "")), settingsOf(stage), settingsOf(stage)));
            }
        }
    }

    private record Placed(Step step, Stage stage, String orderInStage) {
    }

    private static void stepChanges(PathwaySnapshot before, PathwaySnapshot after, List<PathwayChange> changes) {
        Map<String, Placed> old = placed(before, after);
        Map<String, Placed> now = placed(after, before);
        for (Placed current : now.values()) {
            Step step = current.step();
            Set<CareSetting> own = EnumSet.of(step.fields().careSetting());
            Placed previous = old.get(step.key());
            if (previous == null) {
                List<FieldChange> fields = new ArrayList<>(fieldChanges(STEP_FIELDS, null, step.fields()));
                compare(BRANCHES, "", branches(step, after), fields);
                changes.add(new PathwayChange(Kind.ADDED, Subject.STEP, step.key(), step.fields().title(), fields, own,
                        union(own, handoverSettings(step.key(), after))));
                continue;
            }
            List<FieldChange> fields = new ArrayList<>(fieldChanges(STEP_FIELDS, previous.step().fields(), step.fields()));
            if (!previous.step().branches().equals(step.branches())) {
                fields.add(new FieldChange(BRANCHES, branches(previous.step(), before), branches(step, after)));
            }
            if (previous.stage().key().equals(current.stage().key())) {
                compare("Position in stage", previous.orderInStage(), current.orderInStage(), fields);
            } else {
                fields.add(new FieldChange("Stage", previous.stage().title(), current.stage().title()));
            }
            if (!fields.isEmpty()) {
                Set<CareSetting> settings = union(own, EnumSet.of(previous.step().fields().careSetting()));
                changes.add(new PathwayChange(Kind.CHANGED, Subject.STEP, step.key(), step.fields().title(), fields,
                        settings, union(settings, union(handoverSettings(step.key(), before),
                                handoverSettings(step.key(), after)))));
            }
        }
        for (Placed previous : old.values()) {
            Step step = previous.step();
            if (!now.containsKey(step.key())) {
                Set<CareSetting> own = EnumSet.of(step.fields().careSetting());
                List<FieldChange> fields = new ArrayList<>(fieldChanges(STEP_FIELDS, step.fields(), null));
                compare(BRANCHES, branches(step, before), "", fields);
                changes.add(new PathwayChange(Kind.REMOVED, Subject.STEP, step.key(), step.fields().title(), fields, own,
                        union(own, handoverSettings(step.key(), before))));
            }
        }
    }

    private static void handoverChanges(PathwaySnapshot before, PathwaySnapshot after, List<PathwayChange> changes) {
        Map<String, Handover> old = byKey(before.handovers(), Handover::key);
        Map<String, Handover> now = byKey(after.handovers(), Handover::key);
        for (Handover handover : after.handovers()) {
            Handover previous = old.get(handover.key());
            Set<CareSetting> settings = endSettings(handover, after);
            String title = handoverTitle(handover, after);
            if (previous == null) {
                List<FieldChange> fields = new ArrayList<>();
                compare("From", "", ends(handover, after), fields);
                fields.addAll(fieldChanges(HANDOVER_FIELDS, null, handover.fields()));
                changes.add(new PathwayChange(Kind.ADDED, Subject.HANDOVER, handover.key(), title, fields, settings,
                        settings));
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            if (!sameEnds(previous, before, handover, after)) {
                fields.add(new FieldChange("Between", ends(previous, before), ends(handover, after)));
            }
            fields.addAll(fieldChanges(HANDOVER_FIELDS, previous.fields(), handover.fields()));
            if (!fields.isEmpty()) {
                Set<CareSetting> both = union(settings, endSettings(previous, before));
                changes.add(new PathwayChange(Kind.CHANGED, Subject.HANDOVER, handover.key(), title, fields, both, both));
            }
        }
        for (Handover handover : before.handovers()) {
            if (!now.containsKey(handover.key())) {
                Set<CareSetting> settings = endSettings(handover, before);
                List<FieldChange> fields = new ArrayList<>();
                compare("From", ends(handover, before), "", fields);
                fields.addAll(fieldChanges(HANDOVER_FIELDS, handover.fields(), null));
                changes.add(new PathwayChange(Kind.REMOVED, Subject.HANDOVER, handover.key(),
                        handoverTitle(handover, before), fields, settings, settings));
            }
        }
    }

    private static <T> List<FieldChange> fieldChanges(List<Field<T>> definitions, T before, T after) {
        List<FieldChange> fields = new ArrayList<>();
        for (Field<T> field : definitions) {
            compare(field.label(), before == null ? "" : field.value().apply(before),
                    after == null ? "" : field.value().apply(after), fields);
        }
        return fields;
    }

    private static void compare(String label, String before, String after, List<FieldChange> into) {
        if (!Objects.equals(before, after)) {
            into.add(new FieldChange(label, before == null ? "" : before, after == null ? "" : after));
        }
    }

    /**
     * Steps with their stage and their place among the steps both versions share in that
     * stage, so inserting a step does not count as moving every step after it.
     */
    private static Map<String, Placed> placed(PathwaySnapshot pathway, PathwaySnapshot other) {
        Map<String, Placed> placed = new LinkedHashMap<>();
        for (Stage stage : pathway.stages()) {
            Optional<Stage> otherStage = other.stages().stream().filter(s -> s.key().equals(stage.key())).findFirst();
            List<String> shared = stage.steps().stream().map(Step::key)
                    .filter(key -> otherStage.map(s -> s.steps().stream().anyMatch(step -> step.key().equals(key)))
                            .orElse(false))
                    .toList();
            for (Step step : stage.steps()) {
                placed.put(step.key(), new Placed(step, stage, ordinal(shared, step.key())));
            }
        }
        return placed;
    }

    private static String ordinal(List<String> order, String key) {
        int index = order.indexOf(key);
        return index < 0 ? "" : Integer.toString(index + 1);
    }

    private static List<String> common(Set<String> keys, Set<String> others) {
        return keys.stream().filter(others::contains).toList();
    }

    private static Set<CareSetting> settingsOf(Stage stage) {
        Set<CareSetting> settings = EnumSet.noneOf(CareSetting.class);
        stage.steps().forEach(step -> settings.add(step.fields().careSetting()));
        return settings;
    }

    private static Set<CareSetting> handoverSettings(String stepKey, PathwaySnapshot pathway) {
        Set<CareSetting> settings = EnumSet.noneOf(CareSetting.class);
        for (Handover handover : pathway.handovers()) {
            if (handover.fromStepKey().equals(stepKey) || handover.toStepKey().equals(stepKey)) {
                settings.addAll(endSettings(handover, pathway));
            }
        }
        return settings;
    }

    private static Set<CareSetting> endSettings(Handover handover, PathwaySnapshot pathway) {
        Set<CareSetting> settings = EnumSet.noneOf(CareSetting.class);
        pathway.settingOf(handover.fromStepKey()).ifPresent(settings::add);
        pathway.settingOf(handover.toStepKey()).ifPresent(settings::add);
        return settings;
    }

    private static String handoverTitle(Handover handover, PathwaySnapshot pathway) {
        return stepTitle(handover.fromStepKey(), pathway) + " \u2192 " + stepTitle(handover.toStepKey(), pathway);
    }

    private static String ends(Handover handover, PathwaySnapshot pathway) {
        return stepTitle(handover.fromStepKey(), pathway) + " (" + settingLabel(handover.fromStepKey(), pathway)
                + ") \u2192 " + stepTitle(handover.toStepKey(), pathway) + " ("
                + settingLabel(handover.toStepKey(), pathway) + ")";
    }

    /** Renaming a step does not change its hand-overs; joining other steps or settings does. */
    private static boolean sameEnds(Handover previous, PathwaySnapshot before, Handover current, PathwaySnapshot after) {
        return previous.fromStepKey().equals(current.fromStepKey()) && previous.toStepKey().equals(current.toStepKey())
                && before.settingOf(previous.fromStepKey()).equals(after.settingOf(current.fromStepKey()))
                && before.settingOf(previous.toStepKey()).equals(after.settingOf(current.toStepKey()));
    }

    /** A decision's branches as a person reads them: each label and the step it leads to. */
    private static String branches(Step step, PathwaySnapshot pathway) {
        return String.join("; ", step.branches().stream()
                .map(branch -> branch.label() + " \u2192 " + stepTitle(branch.targetStepKey(), pathway)).toList());
    }

    private static String stepTitle(String key, PathwaySnapshot pathway) {
        return pathway.step(key).map(step -> step.fields().title()).orElse("a removed step");
    }

    private static String settingLabel(String key, PathwaySnapshot pathway) {
        return pathway.settingOf(key).map(CareSetting::label).orElse("no setting");
    }

    private static Set<CareSetting> union(Set<CareSetting> a, Set<CareSetting> b) {
        Set<CareSetting> union = EnumSet.noneOf(CareSetting.class);
        union.addAll(a);
        union.addAll(b);
        return union;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
