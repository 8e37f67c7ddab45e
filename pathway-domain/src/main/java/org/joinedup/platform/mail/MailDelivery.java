package org.joinedup.platform.mail;

/**
 * Where the portal's mail goes.
 *
 * @param toServer    true when an SMTP server is set; false when mail is written to the outbox folder
 * @param server      the server's host and port, or empty
 * @param waiting     mail the server has not taken yet, tried again every few minutes
 * @param undelivered mail given up on after two days of trying
 */
public record MailDelivery(boolean toServer, String server, int waiting, int undelivered) {
}
