package org.joinedup.pathway.proposal;

/**
 * Another part of JoinedUp asks for a published pathway to be reviewed before its review
 * date: a special-cause signal on a measure linked to it, a problem flagged in its forum.
 * Publish it with Spring's ApplicationEventPublisher; the workspace's convenors are told,
 * the workspace list shows it, and it stays until the next publication.
 *
 * @param reason a sentence for the convenors, such as "Special-cause signal on eGFR coding"
 * @param source the module or feature that raised it, such as "QI measure 42"
 */
public record PathwayReviewRequested(long workspaceId, String reason, String source) {
}
