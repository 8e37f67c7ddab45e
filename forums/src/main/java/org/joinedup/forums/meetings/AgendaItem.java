package org.joinedup.forums.meetings;

/**
 * One item of a meeting's agenda, in order.
 *
 * @param text       what it is about: the proposal's summary, the thread's title or the organiser's words
 * @param proposalId for a proposal awaiting sign-off
 * @param threadId   for a thread put forward by a member
 * @param raisedBy   who put it on the agenda (display name)
 */
public record AgendaItem(long id, int position, AgendaItemKind kind, String text, Long proposalId, Long threadId,
        String raisedBy) {
}
