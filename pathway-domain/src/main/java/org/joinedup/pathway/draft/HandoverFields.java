package org.joinedup.pathway.draft;

import static org.joinedup.pathway.workspace.WorkspaceLimits.LONG_TEXT_MAX;
import static org.joinedup.pathway.workspace.WorkspaceLimits.SHORT_TEXT_MAX;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What is agreed about a hand-over from one step to another. The settings it crosses are
 * those of its two steps.
 *
 * @param pendingResults who acts on results still awaited when the patient moves on;
 *                       by default the clinician who requested them
 */
public record HandoverFields(
        @NotBlank(message = "Say what triggers the hand-over") @Size(max = LONG_TEXT_MAX) String trigger,
        @NotNull @Size(max = LONG_TEXT_MAX) String information,
        @NotBlank(message = "Say who acts on pending results") @Size(max = SHORT_TEXT_MAX) String pendingResults,
        @NotNull @Size(max = SHORT_TEXT_MAX) String responseTime) {

    public static final String DEFAULT_PENDING_RESULTS = "The clinician who requested the test";

    public static HandoverFields triggeredBy(String trigger) {
        return new HandoverFields(trigger, "", DEFAULT_PENDING_RESULTS, "");
    }

    /** Every typed field by its name, in the order of {@link HandoverField}: what is screened before saving. */
    public Map<String, String> freeText() {
        return HandoverField.typedText(this);
    }
}
