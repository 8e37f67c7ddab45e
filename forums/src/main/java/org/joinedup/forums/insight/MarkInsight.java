package org.joinedup.forums.insight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a clinician chose when marking a post as patient insight.
 *
 * @param workspaceId the pathway workspace whose step the insight informs
 * @param stepKey     the step's key, which stays the same from version to version
 * @param summary     an optional line saying what the insight is; screened for patient identifiers
 */
public record MarkInsight(
        @NotNull(message = "Choose the pathway the insight is for.") Long workspaceId,
        @NotBlank(message = "Choose the step the insight is about.") @Size(max = 36) String stepKey,
        @Size(max = InsightLimits.SUMMARY_MAX, message = "Keep the summary to one line of "
                + InsightLimits.SUMMARY_MAX + " characters.") String summary) {
}
