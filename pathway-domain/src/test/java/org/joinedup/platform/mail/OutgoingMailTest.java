package org.joinedup.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail through a real SMTP server: only after a commit, and kept and retried when the server is away. */
@JoinedUpTest
class OutgoingMailTest {

    static final TestMailServer MAIL = TestMailServer.create();

    @RegisterExtension
    static final GreenMailExtension mailServer = MAIL.extension();

    static final Path OUTBOX = outbox();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.configure(registry);
        registry.add("joinedup.mail.outbox", OUTBOX::toString);
    }

    @Autowired
    OutgoingMail mail;
    @Autowired
    SmtpDelivery smtp;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_mail_handed_over_in_a_transaction_leaves_once_it_commits_as_plain_text_from_the_portal() throws Exception {
        transactions.executeWithoutResult(status -> {
            mail.send(new MailMessage("kim@example.org", "Welcome to JoinedUp", "Hello Kim,\n\nA line with £ and é.\n"));
            assertThat(mailServer.getReceivedMessages()).as("nothing leaves before the commit").isEmpty();
        });

        MimeMessage received = TestMailServer.awaitMessages(mailServer, 1).getFirst();
        assertThat(TestMailServer.to(received)).isEqualTo("kim@example.org");
        assertThat(received.getFrom()[0].toString()).isEqualTo(TestMailServer.FROM);
        assertThat(received.getSubject()).isEqualTo("Welcome to JoinedUp");
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(TestMailServer.body(received)).startsWith("Hello Kim,\n\nA line with £ and é.");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        // Only this message's file: another test's message may still be waiting for its retry.
        await().atMost(Duration.ofSeconds(10)).until(() -> waitingWithSubject("Welcome to JoinedUp").isEmpty());
    }

    @Test
    void a_mail_for_a_change_that_rolled_back_never_leaves() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            mail.send(new MailMessage("rolled-back@example.org", "Never sent", "This change did not happen.\n"));
            throw new IllegalStateException("the change fails");
        })).hasMessage("the change fails");
        mail.send(new MailMessage("after@example.org", "Sent", "Outside a transaction it leaves at once.\n"));

        List<MimeMessage> received = TestMailServer.awaitMessages(mailServer, 1);
        assertThat(received).extracting(TestMailServer::to).containsExactly("after@example.org");
    }

    @Test
    void a_mail_the_server_did_not_take_is_kept_and_sent_when_it_is_back() throws Exception {
        mailServer.stop();
        mail.send(new MailMessage("patient@example.org", "Kept for later", "The server was away.\n"));
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting().size() == 1 && smtp.retryWaiting() == 0);

        mailServer.start();
        assertThat(smtp.retryWaiting()).isEqualTo(1);

        assertThat(TestMailServer.awaitMessages(mailServer, 1)).extracting(TestMailServer::subject)
                .containsExactly("Kept for later");
        assertThat(waiting()).isEmpty();
    }

    @Test
    void a_message_needs_one_recipient_and_a_one_line_subject() {
        assertThatThrownBy(() -> new MailMessage("not an address", "Subject", "text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailMessage("kim@example.org", "Subject\nBcc: someone@example.org", "text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Path> waiting() throws IOException {
        Path unsent = OUTBOX.resolve("unsent");
        if (!Files.isDirectory(unsent)) {
            return List.of();
        }
        try (var files = Files.list(unsent)) {
            return files.filter(file -> file.toString().endsWith(".eml")).toList();
        }
    }

    private static List<Path> waitingWithSubject(String subject) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path file : waiting()) {
            try {
                if (Files.readString(file, StandardCharsets.ISO_8859_1).contains("Subject: " + subject)) {
                    found.add(file);
                }
            } catch (NoSuchFileException sent) {
                // Sent and deleted while the folder was read.
            }
        }
        return found;
    }

    private static Path outbox() {
        try {
            return Files.createTempDirectory("joinedup-outbox-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
