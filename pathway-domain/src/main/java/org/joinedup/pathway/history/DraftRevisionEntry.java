package org.joinedup.pathway.history;

import java.time.Instant;
import java.util.List;

import org.joinedup.pathway.draft.PathwayChange;

/**
 * One change to a stage, step or hand-over of the draft: who made it, when, and what it
 * changed field by field compared with the item's revision before.
 *
 * @param itemKey the item's stable key, which its own history is asked for by
 * @param title   the item's title after the change (for a hand-over, its two steps)
 * @param place   for a step, the stage it was in; otherwise empty
 * @param fields  the fields that changed; empty for a save that changed nothing
 */
public record DraftRevisionEntry(long id, PathwayChange.Subject subject, String itemKey, String title, String place,
        RevisionAction action, String changedBy, Instant changedAt, List<PathwayChange.FieldChange> fields) {
}
