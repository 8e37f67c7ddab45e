package org.joinedup.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What administrators see of the portal's mail: where it goes, and the mail written to
 * the outbox folder when no server is set (every mail the demo sends), newest first.
 * The portal never deletes anything from the folder.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MailOutbox {

    private final MailSettings settings;
    private final MailFiles files;
    private final SmtpDelivery smtp;

    MailOutbox(MailSettings settings, MailFiles files, SmtpDelivery smtp) {
        this.settings = settings;
        this.files = files;
        this.smtp = smtp;
    }

    public MailDelivery delivery() {
        return new MailDelivery(settings.toServer(),
                settings.toServer() ? settings.host() + ":" + settings.port() : "",
                listing(smtp.unsent()).size(), listing(smtp.undelivered()).size());
    }

    /** The outbox folder's mail, newest first, from exactly {@code offset}. */
    public List<OutboxEntry> written(int offset, int limit) {
        List<Path> all = listing(settings.outbox());
        int from = Math.min(Math.max(0, offset), all.size());
        int to = Math.min(all.size(), from + Math.max(0, limit));
        return all.subList(from, to).stream().map(this::entry).toList();
    }

    public long countWritten() {
        return listing(settings.outbox()).size();
    }

    /** The mail with that id; empty when there is none, or the id is not one the outbox gives. */
    public Optional<OutboxMessage> open(String id) {
        return files.find(settings.outbox(), id).map(file -> {
            try {
                MimeMessage message = files.read(file);
                return new OutboxMessage(id, recipients(message), addresses(message.getFrom()), message.getSubject(),
                        MailFiles.writtenAt(file), String.valueOf(message.getContent()).replace("\r\n", "\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException e) {
                throw new IllegalStateException("Mail " + id + " in the outbox cannot be read", e);
            }
        });
    }

    private OutboxEntry entry(Path file) {
        try {
            MimeMessage message = files.read(file);
            return new OutboxEntry(file.getFileName().toString(), recipients(message), message.getSubject(),
                    MailFiles.writtenAt(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail " + file.getFileName() + " in the outbox cannot be read", e);
        }
    }

    private List<Path> listing(Path folder) {
        try {
            return files.newestFirst(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        return addresses(message.getRecipients(MimeMessage.RecipientType.TO));
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
    }
}
