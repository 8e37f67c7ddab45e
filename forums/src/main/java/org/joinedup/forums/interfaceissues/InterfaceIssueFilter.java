package org.joinedup.forums.interfaceissues;

/**
 * Which issues the log lists; each part null for any.
 *
 * @param organisationId issues that involve the organisation, owned by it or not
 */
public record InterfaceIssueFilter(InterfaceIssueStatus status, InterfaceIssueKind kind, Long organisationId) {

    public static final InterfaceIssueFilter ANY = new InterfaceIssueFilter(null, null, null);
}
