package org.joinedup.pathway.draft;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange.Kind;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.SettingChange.Meaning;

/**
 * Splits the changes between two versions of a pathway ({@link PathwayDiff}) into what they
 * mean for one care setting: a step of that setting added, or moved into it, is a new
 * responsibility; one removed, or moved out of it, a responsibility ended; a hand-over is to
 * the setting when its receiving step is there and from it when its handing step is there,
 * and was added, changed or removed from the setting's point of view (a hand-over re-pointed
 * to one of its steps is new to it); a change of "who acts on pending results" on a
 * hand-over touching the setting is a changed result responsibility; any other change to a
 * step that stays in the setting, or to a stage holding its steps, is listed as such.
 * Changes that mean nothing for the setting are left out. A pure function.
 */
public final class SettingSplit {

    private static final String PENDING_RESULTS = HandoverField.PENDING_RESULTS.label();

    private SettingSplit() {
    }

    /** What changes from {@code before} to {@code after} for {@code setting}, in the order of {@link PathwayDiff#between}. */
    public static List<SettingChange> of(CareSetting setting, PathwaySnapshot before, PathwaySnapshot after) {
        return of(setting, before, after, PathwayDiff.between(before, after));
    }

    /**
     * The changes among {@code changes} (from {@code before} to {@code after}) that mean
     * something for {@code setting}, each with what it means there, in their order.
     */
    public static List<SettingChange> of(CareSetting setting, PathwaySnapshot before, PathwaySnapshot after,
            List<PathwayChange> changes) {
        List<SettingChange> split = new ArrayList<>();
        for (PathwayChange change : changes) {
            Set<Meaning> meanings = switch (change.subject()) {
                case STAGE -> stage(setting, change);
                case STEP -> step(setting, change, before, after);
                case HANDOVER -> handover(setting, change, before, after);
            };
            if (!meanings.isEmpty()) {
                split.add(new SettingChange(change, meanings));
            }
        }
        return List.copyOf(split);
    }

    private static Set<Meaning> stage(CareSetting setting, PathwayChange change) {
        return change.kind() == Kind.CHANGED && change.settings().contains(setting)
                ? EnumSet.of(Meaning.YOUR_STAGE_CHANGED) : EnumSet.noneOf(Meaning.class);
    }

    private static Set<Meaning> step(CareSetting setting, PathwayChange change, PathwaySnapshot before,
            PathwaySnapshot after) {
        boolean wasMine = change.kind() != Kind.ADDED && is(setting, before.settingOf(change.key()));
        boolean isMine = change.kind() != Kind.REMOVED && is(setting, after.settingOf(change.key()));
        if (isMine && !wasMine) {
            return EnumSet.of(Meaning.NEW_RESPONSIBILITY);
        }
        if (wasMine && !isMine) {
            return EnumSet.of(Meaning.RESPONSIBILITY_ENDED);
        }
        return isMine ? EnumSet.of(Meaning.YOUR_STEP_CHANGED) : EnumSet.noneOf(Meaning.class);
    }

    private static Set<Meaning> handover(CareSetting setting, PathwayChange change, PathwaySnapshot before,
            PathwaySnapshot after) {
        Optional<Handover> previous = change.kind() == Kind.ADDED ? Optional.empty() : handover(change.key(), before);
        Optional<Handover> current = change.kind() == Kind.REMOVED ? Optional.empty() : handover(change.key(), after);
        boolean toMeBefore = previous.map(h -> is(setting, before.settingOf(h.toStepKey()))).orElse(false);
        boolean toMeAfter = current.map(h -> is(setting, after.settingOf(h.toStepKey()))).orElse(false);
        boolean fromMeBefore = previous.map(h -> is(setting, before.settingOf(h.fromStepKey()))).orElse(false);
        boolean fromMeAfter = current.map(h -> is(setting, after.settingOf(h.fromStepKey()))).orElse(false);
        Set<Meaning> meanings = EnumSet.noneOf(Meaning.class);
        direction(toMeBefore, toMeAfter, meanings, Meaning.HAND_OVER_TO_YOU_ADDED, Meaning.HAND_OVER_TO_YOU_CHANGED,
                Meaning.HAND_OVER_TO_YOU_REMOVED);
        direction(fromMeBefore, fromMeAfter, meanings, Meaning.HAND_OVER_FROM_YOU_ADDED,
                Meaning.HAND_OVER_FROM_YOU_CHANGED, Meaning.HAND_OVER_FROM_YOU_REMOVED);
        boolean touchesMe = toMeBefore || toMeAfter || fromMeBefore || fromMeAfter;
        if (touchesMe && change.kind() == Kind.CHANGED
                && change.fields().stream().anyMatch(field -> field.field().equals(PENDING_RESULTS))) {
            meanings.add(Meaning.RESULT_RESPONSIBILITY_CHANGED);
        }
        return meanings;
    }

    private static void direction(boolean before, boolean after, Set<Meaning> meanings, Meaning added, Meaning changed,
            Meaning removed) {
        if (before && after) {
            meanings.add(changed);
        } else if (after) {
            meanings.add(added);
        } else if (before) {
            meanings.add(removed);
        }
    }

    private static Optional<Handover> handover(String key, PathwaySnapshot pathway) {
        return pathway.handovers().stream().filter(handover -> handover.key().equals(key)).findFirst();
    }

    private static boolean is(CareSetting setting, Optional<CareSetting> actual) {
        return actual.filter(setting::equals).isPresent();
    }
}
