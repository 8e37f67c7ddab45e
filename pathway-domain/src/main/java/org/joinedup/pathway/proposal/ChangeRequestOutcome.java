package org.joinedup.pathway.proposal;

/**
 * What a change request did.
 *
 * @param proposalId the open proposal that now carries the request
 * @param opened     true when a new proposal was opened for it, false when it was added to the
 *                   one already open
 */
public record ChangeRequestOutcome(long proposalId, boolean opened) {
}
