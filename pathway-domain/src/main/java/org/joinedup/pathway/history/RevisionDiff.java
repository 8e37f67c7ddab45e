package org.joinedup.pathway.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;

/**
 * What one revision of a stage, step or hand-over changed compared with the revision before
 * it, field by field, the fields being those of {@link StepField} and {@link HandoverField}
 * (a stage's only field is its title). An addition shows every stated field as new, a
 * deletion every field as it was, a move where the item went.
 */
public final class RevisionDiff {

    /** Which item a revision is of, and what it held after the change. */
    public record Revision(Subject kind, RevisionAction action, String title, String place, StepFields step,
            HandoverFields handover, Move move) {
    }

    /** For a move: what moved ("Stage", "Position in stage", "Position") and from where to where. */
    public record Move(String what, String from, String to) {
    }

    private RevisionDiff() {
    }

    /** The fields {@code current} changed; {@code previous} is the item's revision before it, or null if none. */
    public static List<FieldChange> between(Revision previous, Revision current) {
        return switch (current.action()) {
            case MOVED -> current.move() == null ? List.of()
                    : List.of(new FieldChange(current.move().what(), current.move().from(), current.move().to()));
            case DELETED, REMOVED_BY_RESTORE -> fields(current, null);
            case ADDED, RECORDED -> fields(null, current);
            case SAVED, RESTORED -> {
                List<FieldChange> changes = new ArrayList<>(fields(previous, current));
                if (current.action() == RevisionAction.RESTORED && previous != null && current.kind() == Subject.STEP) {
                    compare("Stage", previous.place(), current.place(), changes);
                }
                yield List.copyOf(changes);
            }
        };
    }

    private static List<FieldChange> fields(Revision before, Revision after) {
        Subject kind = (after != null ? after : before).kind();
        List<FieldChange> changes = new ArrayList<>();
        switch (kind) {
            case STAGE -> compare("Title", before == null ? "" : before.title(), after == null ? "" : after.title(),
                    changes);
            case STEP -> {
                for (StepField field : StepField.values()) {
                    compare(field.label(), text(field, before), text(field, after), changes);
                }
            }
            case HANDOVER -> {
                for (HandoverField field : HandoverField.values()) {
                    compare(field.label(), text(field, before), text(field, after), changes);
                }
            }
        }
        return changes;
    }

    private static String text(StepField field, Revision revision) {
        return revision == null || revision.step() == null ? "" : field.text(revision.step());
    }

    private static String text(HandoverField field, Revision revision) {
        return revision == null || revision.handover() == null ? "" : field.of(revision.handover());
    }

    private static void compare(String label, String before, String after, List<FieldChange> into) {
        String was = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (!Objects.equals(was, now)) {
            into.add(new FieldChange(label, was, now));
        }
    }
}
