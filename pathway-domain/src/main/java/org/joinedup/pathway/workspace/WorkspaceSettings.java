package org.joinedup.pathway.workspace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The settings a convenor may change after a workspace has opened.
 *
 * @param confidentialReason why the published pathway is kept out of the library (only members
 *                           read it); blank or null puts it in the library for every clinician
 */
public record WorkspaceSettings(
        @NotBlank(message = "Give the condition") @Size(max = WorkspaceLimits.TITLE_MAX) String condition,
        @NotBlank(message = "Give the locality") @Size(max = WorkspaceLimits.TITLE_MAX) String locality,
        @NotNull(message = "Choose who can read the draft") WorkspaceVisibility visibility,
        @Min(value = WorkspaceLimits.MIN_REVIEW_MONTHS, message = WorkspaceLimits.REVIEW_MONTHS)
        @Max(value = WorkspaceLimits.MAX_REVIEW_MONTHS, message = WorkspaceLimits.REVIEW_MONTHS) int reviewIntervalMonths,
        @Size(max = WorkspaceLimits.SHORT_TEXT_MAX, message = "Say why in at most " + WorkspaceLimits.SHORT_TEXT_MAX
                + " characters") String confidentialReason) {

    /** The settings with the pathway in the library. */
    public WorkspaceSettings(String condition, String locality, WorkspaceVisibility visibility, int reviewIntervalMonths) {
        this(condition, locality, visibility, reviewIntervalMonths, null);
    }
}
