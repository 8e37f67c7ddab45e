package org.joinedup.forums.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's page as one person sees it.
 *
 * @param organises        the signed-in person may change the meeting (a convenor or editor of the workspace)
 * @param convenes         the signed-in person convenes the workspace, so may send a decision to its change proposal
 * @param minutesThreadId  the forum thread the minutes went to, once published
 * @param version          for moving the meeting without overwriting someone else's change
 */
public record MeetingDetails(MeetingSummary meeting, String workspaceTitle, String organiserName,
        String cancelledReason, List<AgendaItem> agenda, List<Attendee> attendance, List<SettingBalance> balance,
        List<DecisionDetails> decisions, List<ActionDetails> actions, Long minutesThreadId,
        Instant minutesPublishedAt, boolean organises, boolean convenes, long version) {

    public long id() {
        return meeting.id();
    }
}
