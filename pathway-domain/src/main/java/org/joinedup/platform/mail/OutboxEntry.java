package org.joinedup.platform.mail;

import java.time.Instant;

/**
 * A mail in the outbox folder, as the administrators' list shows it.
 *
 * @param id        the file's name, which opens it
 * @param writtenAt when the portal wrote it
 */
public record OutboxEntry(String id, String to, String subject, Instant writtenAt) {
}
