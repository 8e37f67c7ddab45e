package org.joinedup.pathway.draft;

import java.util.Set;

/**
 * One change of a pathway as it reads for one care setting: the change itself, field by
 * field, and what it means there, in the order of {@link Meaning}.
 */
public record SettingChange(PathwayChange change, Set<Meaning> meanings) {

    public SettingChange {
        meanings = Set.copyOf(meanings);
    }

    /** What a change means for the people who work in one care setting. */
    public enum Meaning {
        NEW_RESPONSIBILITY("New responsibility"),
        RESPONSIBILITY_ENDED("Responsibility ended"),
        HAND_OVER_TO_YOU_ADDED("New hand-over to you"),
        HAND_OVER_TO_YOU_CHANGED("Hand-over to you changed"),
        HAND_OVER_TO_YOU_REMOVED("Hand-over to you removed"),
        HAND_OVER_FROM_YOU_ADDED("New hand-over from you"),
        HAND_OVER_FROM_YOU_CHANGED("Hand-over from you changed"),
        HAND_OVER_FROM_YOU_REMOVED("Hand-over from you removed"),
        RESULT_RESPONSIBILITY_CHANGED("Who acts on pending results changed"),
        YOUR_STEP_CHANGED("Your step changed"),
        YOUR_STAGE_CHANGED("A stage with your steps changed");

        private final String label;

        Meaning(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
