package org.joinedup.pathway.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One published version in a workspace's history, with who agreed to it. */
public record VersionSummary(int number, int proposalNumber, String summary, String publishedBy, Instant publishedAt,
        LocalDate reviewDue, List<Agreement> agreements) {
}
