package org.joinedup.pathway.workspace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The settings a convenor may change after a workspace has opened. */
public record WorkspaceSettings(
        @NotBlank(message = "Give the condition") @Size(max = WorkspaceLimits.TITLE_MAX) String condition,
        @NotBlank(message = "Give the locality") @Size(max = WorkspaceLimits.TITLE_MAX) String locality,
        @NotNull(message = "Choose who can read the draft") WorkspaceVisibility visibility,
        @Min(value = WorkspaceLimits.MIN_REVIEW_MONTHS, message = WorkspaceLimits.REVIEW_MONTHS)
        @Max(value = WorkspaceLimits.MAX_REVIEW_MONTHS, message = WorkspaceLimits.REVIEW_MONTHS) int reviewIntervalMonths) {
}
