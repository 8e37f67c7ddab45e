package org.joinedup.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With no mail server set, every mail becomes a file in the outbox folder, which administrators read. */
@JoinedUpTest
@Import(MovableClock.Configuration.class)
class OutboxFolderTest {

    static final Path OUTBOX = outbox();

    @DynamicPropertySource
    static void outboxFolder(DynamicPropertyRegistry registry) {
        registry.add("joinedup.mail.outbox", OUTBOX::toString);
    }

    @Autowired
    OutgoingMail mail;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MovableClock clock;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void each_mail_is_one_complete_file_listed_newest_first_and_readable_by_administrators() throws IOException {
        mail.send(new MailMessage("first@example.org", "The first", "Written first.\n"));
        clock.advance(Duration.ofMinutes(1));
        mail.send(new MailMessage("second@example.org", "The second", "Written a minute later.\n"));

        List<Path> files = emlFiles();
        assertThat(files).hasSize(2);
        assertThat(Files.readString(files.getFirst())).contains("Subject: The first", "To: first@example.org");
        try (Stream<Path> all = Files.list(OUTBOX)) {
            assertThat(all.filter(Files::isRegularFile)).as("no half-written files left behind").hasSize(2);
        }

        DemoSignIn.as(users, "admin");
        assertThat(outbox.delivery().toServer()).isFalse();
        assertThat(outbox.countWritten()).isEqualTo(2);
        List<OutboxEntry> listed = outbox.written(0, 10);
        assertThat(listed).extracting(OutboxEntry::to).containsExactly("second@example.org", "first@example.org");
        assertThat(listed.getFirst().writtenAt()).isEqualTo(MovableClock.START.plus(Duration.ofMinutes(1)));
        assertThat(outbox.written(1, 10)).extracting(OutboxEntry::subject).containsExactly("The first");

        OutboxMessage opened = outbox.open(listed.getFirst().id()).orElseThrow();
        assertThat(opened.subject()).isEqualTo("The second");
        assertThat(opened.text()).isEqualTo("Written a minute later.\n");
        assertThat(outbox.open("../secret.key")).isEmpty();
    }

    @Test
    void only_administrators_read_the_outbox() {
        DemoSignIn.as(users, "moderator");
        assertThatThrownBy(() -> outbox.written(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private static List<Path> emlFiles() throws IOException {
        try (Stream<Path> files = Files.list(OUTBOX)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static Path outbox() {
        try {
            return Files.createTempDirectory("joinedup-outbox-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
