package org.joinedup.forums.interfaceissues;

import java.util.List;
import java.util.Map;

/**
 * The open issues (every status but resolved) counted three ways, for a design forum's
 * agenda. The maps hold every kind and every band, in their order, with zero where none.
 *
 * @param byOwner owning organisations with open issues, most issues first, then by name
 * @param byAge   an issue past its due date counts as overdue, whatever its age
 */
public record InterfaceIssueCounts(long open, Map<InterfaceIssueKind, Long> byKind, List<OwnerCount> byOwner,
        Map<AgeBand, Long> byAge) {

    public record OwnerCount(long organisationId, String name, long count) {
    }
}
