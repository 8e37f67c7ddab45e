package org.joinedup.forums.interfaceissues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.joinedup.identity.people.OrganisationCard;

/**
 * An issue opened for reading, with its history, oldest first.
 *
 * @param organisations     every organisation involved, the owner among them, by name
 * @param threadId          its thread in the "Interface issues" forum
 * @param workspaceTitle    the title of the pathway it concerns, when the reader may open that
 *                          workspace; null otherwise (and when it concerns none)
 * @param changeProposalId  the change proposal asked for on that pathway, once asked
 * @param version           goes back with a status change, so that two people changing it at
 *                          once do not pass each other
 * @param nextStatuses      what the signed-in person may move it to (none for those who may not)
 * @param mayRequestChange  the issue is resolved, concerns a pathway the signed-in person
 *                          convenes and has not yet asked for a change there
 */
public record InterfaceIssueDetails(long id, InterfaceIssueKind kind, String title, String description,
        InterfaceIssueStatus status, OrganisationCard owner, List<OrganisationCard> organisations, LocalDate dueDate,
        boolean overdue, String raisedByName, Instant raisedAt, Long threadId, Long workspaceId, String workspaceTitle,
        Long changeProposalId, long version, List<IssueHistoryEntry> history, Set<InterfaceIssueStatus> nextStatuses,
        boolean mayRequestChange) {
}
