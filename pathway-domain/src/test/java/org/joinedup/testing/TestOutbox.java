package org.joinedup.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An outbox folder of the test's own, where the portal writes every mail when no SMTP server
 * is set, and the links in those mails, as a person would copy them. In a test class:
 * {@code static final TestOutbox OUTBOX = TestOutbox.create();} and in a
 * {@code @DynamicPropertySource} method {@code OUTBOX.configure(registry)}.
 */
public final class TestOutbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Path folder;

    private TestOutbox(Path folder) {
        this.folder = folder;
    }

    public static TestOutbox create() {
        try {
            return new TestOutbox(Files.createTempDirectory("joinedup-outbox-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    public void configure(DynamicPropertyRegistry registry) {
        registry.add("joinedup.mail.outbox", folder::toString);
    }

    /** The mails written so far, oldest first. */
    public List<MimeMessage> mails() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().map(TestOutbox::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The link to {@code route} in the newest mail to {@code to}. */
    public String newestLink(String to, String route) {
        List<MimeMessage> toThem = mails().stream().filter(mail -> TestMailServer.to(mail).equals(to)).toList();
        if (toThem.isEmpty()) {
            throw new AssertionError("No mail to " + to + " in " + folder);
        }
        String text = TestMailServer.body(toThem.getLast());
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            if (links.group().contains("/" + route)) {
                return links.group();
            }
        }
        throw new AssertionError("No link to " + route + " in: " + text);
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
