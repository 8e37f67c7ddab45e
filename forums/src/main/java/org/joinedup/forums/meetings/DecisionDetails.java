package org.joinedup.forums.meetings;

/**
 * A decision of the meeting.
 *
 * @param proposalId     the change proposal it went to, when it changes the pathway
 * @param proposalOpened true when it opened that proposal, false when it was added to one already open
 */
public record DecisionDetails(long id, String text, boolean changesPathway, Long proposalId, Boolean proposalOpened) {
}
