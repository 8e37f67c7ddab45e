package org.joinedup.pathway.draft;

import java.util.List;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;

/**
 * One stage, step or hand-over that differs between two versions of a pathway.
 *
 * @param title     the item's title after the change (before it, for a removal)
 * @param fields    field by field, what it said before and after
 * @param settings  the care settings named on the item before or after the change: their
 *                  representatives must agree to it
 * @param touches   those settings plus the settings the step hands over to or takes over
 *                  from, used to show each representative what changes for them first
 */
public record PathwayChange(Kind kind, Subject subject, String key, String title, List<FieldChange> fields,
        Set<CareSetting> settings, Set<CareSetting> touches) {

    public enum Kind {
        ADDED("Added"), REMOVED("Removed"), CHANGED("Changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Subject {
        STAGE("Stage"), STEP("Step"), HANDOVER("Hand-over");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A field's value before and after; empty text when it was not stated. */
    public record FieldChange(String field, String before, String after) {
    }
}
