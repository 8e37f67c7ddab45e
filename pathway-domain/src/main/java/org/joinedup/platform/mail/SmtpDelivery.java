package org.joinedup.platform.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends mail waiting in the outbox's {@code unsent} folder to the SMTP server. Each message
 * is first written there, then sent on a thread of its own, so nobody waits for the server
 * and a slow server reveals nothing about what was asked; it is deleted only once the
 * server has taken it. A message the server did not take stays and is tried again every
 * few minutes, including after a restart, for up to {@link #GIVE_UP_AFTER}; then it moves to
 * {@code undelivered} and the log says so.
 */
@Component
class SmtpDelivery implements DisposableBean {

    static final Duration GIVE_UP_AFTER = Duration.ofDays(2);
    private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);
    private static final String TIMEOUT_MILLIS = String.valueOf(Duration.ofSeconds(20).toMillis());

    private final MailSettings settings;
    private final MailFiles files;
    private final Clock clock;
    private final JavaMailSenderImpl sender;
    /** Messages being sent now, so the retry never sends one twice at the same time. */
    private final Set<Path> sending = ConcurrentHashMap.newKeySet();
    private final ExecutorService attempts = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("mail-", 0).factory());

    SmtpDelivery(MailSettings settings, MailFiles files, Clock clock) {
        this.settings = settings;
        this.files = files;
        this.clock = clock;
        this.sender = settings.toServer() ? sender(settings) : null;
    }

    Path unsent() {
        return settings.outbox().resolve("unsent");
    }

    Path undelivered() {
        return settings.outbox().resolve("undelivered");
    }

    /** Starts sending the message now, on a thread of its own. */
    void sendSoon(Path file) {
        try {
            attempts.execute(() -> attempt(file));
        } catch (RejectedExecutionException e) {
            log.info("The portal is stopping; mail {} waits in {} for the next start", file.getFileName(), unsent());
        }
    }

    /** Every few minutes ({@code joinedup.mail.retry-every}), on nodes with a server. */
    @Scheduled(fixedDelayString = "${joinedup.mail.retry-every:PT5M}", initialDelayString = "PT1M")
    void retryOnSchedule() {
        if (sender != null) {
            retryWaiting();
        }
    }

    /**
     * Tries once more every message still waiting; gives up, into {@code undelivered}, on those
     * written longer than {@link #GIVE_UP_AFTER} ago.
     *
     * @return how many the server took
     */
    int retryWaiting() {
        int sent = 0;
        try {
            for (Path file : files.newestFirst(unsent())) {
                if (MailFiles.writtenAt(file).plus(GIVE_UP_AFTER).isBefore(clock.instant())) {
                    giveUp(file);
                } else if (attempt(file)) {
                    sent++;
                }
            }
        } catch (IOException e) {
            log.error("Could not list the mail waiting in {}", unsent(), e);
        }
        return sent;
    }

    private boolean attempt(Path file) {
        if (!sending.add(file)) {
            return false;
        }
        try {
            sender.send(files.read(file));
            Files.delete(file);
            log.info("Mail {} sent through {}", file.getFileName(), settings.host());
            return true;
        } catch (NoSuchFileException e) {
            return false; // sent by another attempt a moment ago
        } catch (MailException | MessagingException | IOException e) {
            log.warn("The mail server {} did not take mail {}; it stays in {} and is tried again in a few minutes: {}",
                    settings.host(), file.getFileName(), unsent(), e.getMessage());
            return false;
        } finally {
            sending.remove(file);
        }
    }

    private void giveUp(Path file) throws IOException {
        Files.createDirectories(undelivered());
        Files.move(file, undelivered().resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        log.error("Mail {} could not be sent through {} for {}; it is kept in {} and will not be tried again",
                file.getFileName(), settings.host(), GIVE_UP_AFTER, undelivered());
    }

    private static JavaMailSenderImpl sender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            sender.setUsername(settings.user());
            sender.setPassword(settings.password());
            properties.setProperty("mail.smtp.auth", "true");
        }
        // With TLS on, a server that cannot upgrade the connection, or shows a certificate for another name, gets nothing.
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.tls()));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(settings.tls()));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", String.valueOf(settings.tls()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @Override
    public void destroy() {
        attempts.shutdown();
    }
}
