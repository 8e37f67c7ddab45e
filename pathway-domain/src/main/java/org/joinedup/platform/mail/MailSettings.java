package org.joinedup.platform.mail;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail leaves the portal ({@code joinedup.smtp.*} and {@code joinedup.mail.*}; defaults
 * in joinedup-defaults.properties, described in the README). With no host, every mail is
 * written to the outbox folder instead.
 *
 * @param host     the SMTP server; blank means none
 * @param port     its port, 587 (submission with STARTTLS) unless told
 * @param user     the account to sign in to the server with; blank signs in with none
 * @param password that account's password
 * @param from     the sender's address; required with a server
 * @param tls      whether the connection must be upgraded with STARTTLS, and the server's
 *                 certificate checked; on unless switched off
 * @param outbox   the folder mail is written to, and where mail waiting to be sent again is kept
 */
@ConfigurationProperties("joinedup.mail")
record MailSettings(String host, int port, String user, String password, String from, boolean tls, Path outbox) {

    /** What a mail says it is from when there is no server to please. */
    static final String OUTBOX_SENDER = "JoinedUp <no-reply@joinedup.invalid>";

    MailSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        from = from == null ? "" : from.strip();
        if (outbox == null) {
            throw new IllegalArgumentException("joinedup.mail.outbox needs a folder");
        }
        if (!host.isEmpty() && from.isEmpty()) {
            throw new IllegalArgumentException("JOINEDUP_SMTP_FROM must say whom mail comes from when "
                    + "JOINEDUP_SMTP_HOST is set");
        }
        if (!host.isEmpty() && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("JOINEDUP_SMTP_PORT must be a port number, 1 to 65535");
        }
    }

    boolean toServer() {
        return !host.isEmpty();
    }

    String sender() {
        return from.isEmpty() ? OUTBOX_SENDER : from;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", user=" + user + ", from=" + from + ", tls=" + tls
                + ", outbox=" + outbox + "]";
    }
}
