package org.joinedup.pathway.draft;

import org.joinedup.identity.people.CareSetting;

/** A step of the draft as a list of steps to choose from names it. */
public record StepChoice(long id, String key, String title, CareSetting careSetting, String stageTitle) {

    /** The title with its setting, as a choice shows it. */
    public String label() {
        return title + " (" + careSetting.label() + ")";
    }
}
