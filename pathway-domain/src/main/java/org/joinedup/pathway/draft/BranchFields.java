package org.joinedup.pathway.draft;

import static org.joinedup.pathway.workspace.WorkspaceLimits.BRANCH_LABEL_MAX;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One answer of a decision as a member sets it: its label ("Yes", "eGFR below 15") and
 * the key of the step it leads to.
 */
public record BranchFields(
        @NotBlank(message = "Give each branch a label, such as \u201cYes\u201d or \u201cNo\u201d")
        @Size(max = BRANCH_LABEL_MAX) String label,
        @NotBlank(message = "Choose the step each branch leads to") String targetStepKey) {
}
