package org.joinedup.pathway.draft;

import java.time.Instant;

/** A step of the working draft as saved, with the version a later save must name. */
public record StepDetails(long id, String key, long stageId, int position, long version, StepFields fields,
        String lastEditedBy, Instant lastEditedAt) {
}
