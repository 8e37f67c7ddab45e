package org.joinedup.pathway.comments;

import java.time.Instant;

/** A comment on a step; {@code resolvedBy} is null while it is open. */
public record CommentDetails(long id, long stepId, String author, String body, Instant createdAt, String resolvedBy,
        Instant resolvedAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
