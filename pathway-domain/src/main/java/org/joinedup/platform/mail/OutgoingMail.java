package org.joinedup.platform.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way the portal sends e-mail. A service hands a message over inside its
 * transaction; it leaves only after that transaction commits, so no mail announces a
 * change that was rolled back. With an SMTP server set ({@code JOINEDUP_SMTP_HOST}) it goes
 * there ({@link SmtpDelivery}, which keeps and retries what the server does not take);
 * without one it is written to the outbox folder, where administrators read it in the
 * portal ({@link MailOutbox}). Works with nobody signed in.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final MailSettings settings;
    private final MailFiles files;
    private final SmtpDelivery smtp;
    private final Clock clock;

    OutgoingMail(MailSettings settings, MailFiles files, SmtpDelivery smtp, Clock clock) {
        this.settings = settings;
        this.files = files;
        this.smtp = smtp;
        this.clock = clock;
    }

    /** Sends once the current transaction commits, never if it rolls back; outside a transaction, at once. */
    public void send(MailMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch(message);
                }
            });
        } else {
            dispatch(message);
        }
    }

    private void dispatch(MailMessage message) {
        try {
            MimeMessage mime = compose(message);
            if (!settings.toServer()) {
                Path file = files.write(settings.outbox(), mime);
                log.info("Mail \"{}\" written to the outbox as {}", message.subject(), file.getFileName());
                return;
            }
            Path waiting = files.write(smtp.unsent(), mime);
            smtp.sendSoon(waiting);
        } catch (IOException | MessagingException | RuntimeException e) {
            // The change it announces has committed; nothing can be undone, so say plainly what was lost.
            log.error("Mail \"{}\" could not be written to {}, so it was not sent", message.subject(),
                    settings.outbox(), e);
        }
    }

    private MimeMessage compose(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(files.session());
        MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.sender());
        helper.setTo(message.to());
        helper.setSubject(message.subject());
        helper.setText(message.text(), false);
        helper.setSentDate(Date.from(clock.instant()));
        // RFC 3834: no out-of-office replies to a message a machine sent.
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.saveChanges();
        return mime;
    }
}
