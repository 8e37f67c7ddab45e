package org.joinedup.forums.threads;

import java.time.Instant;

/** What a post said before one edit, for moderators. */
public record PostRevisionDetails(long id, String body, String editedBy, Instant editedAt, String note) {
}
