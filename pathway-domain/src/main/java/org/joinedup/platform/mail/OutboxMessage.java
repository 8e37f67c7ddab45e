package org.joinedup.platform.mail;

import java.time.Instant;

/** One mail from the outbox folder in full: who it is for, whom from, and its plain text. */
public record OutboxMessage(String id, String to, String from, String subject, Instant writtenAt, String text) {
}
