package org.joinedup.forums.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A decision of the meeting.
 *
 * @param changesPathway it asks for the pathway to change: it goes to the workspace's change
 *                       proposal, which only a convenor may do
 */
public record NewDecision(
        @NotBlank(message = "Say what was decided.")
        @Size(max = MeetingLimits.DECISION_MAX, message = "Keep a decision to " + MeetingLimits.DECISION_MAX
                + " characters.")
        String text,
        boolean changesPathway) {
}
