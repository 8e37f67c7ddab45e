package org.joinedup.pathway.draft;

import org.joinedup.identity.people.CareSetting;

/**
 * A branch of a decision in the working draft. When the step it led to has been deleted,
 * the branch is broken: {@code targetStepId}, {@code targetTitle} and {@code targetSetting}
 * are null.
 */
public record BranchDetails(String label, String targetStepKey, Long targetStepId, String targetTitle,
        CareSetting targetSetting) {

    public boolean broken() {
        return targetStepId == null;
    }

    public BranchFields fields() {
        return new BranchFields(label, targetStepKey);
    }
}
