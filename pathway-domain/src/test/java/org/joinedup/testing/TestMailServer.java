package org.joinedup.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) in the test JVM, and the portal's mail settings pointing
 * at it. In a test class:
 * <pre>
 * static final TestMailServer MAIL = TestMailServer.create();
 * &#64;RegisterExtension
 * static final GreenMailExtension mailServer = MAIL.extension();
 *
 * &#64;DynamicPropertySource
 * static void mail(DynamicPropertyRegistry registry) { MAIL.configure(registry); }
 * </pre>
 * Each class picks a free port of its own just before its context starts, so a port picked
 * long ago cannot have been taken by another process in the meantime.
 */
public final class TestMailServer {

    public static final String FROM = "JoinedUp <no-reply@joinedup.test>";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final int port;

    private TestMailServer(int port) {
        this.port = port;
    }

    public static TestMailServer create() {
        return new TestMailServer(freePort());
    }

    /** Started before each test and emptied after it. */
    public GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** GreenMail speaks plain SMTP, so TLS is off here; it is on by default. */
    public void configure(DynamicPropertyRegistry registry) {
        registry.add("joinedup.mail.host", () -> "127.0.0.1");
        registry.add("joinedup.mail.port", () -> port);
        registry.add("joinedup.mail.tls", () -> false);
        registry.add("joinedup.mail.from", () -> FROM);
        registry.add("joinedup.public-url", () -> "https://joinedup.test/");
    }

    /** Waits up to ten seconds for {@code count} messages in all, and returns every message received. */
    public static List<MimeMessage> awaitMessages(GreenMailExtension server, int count) {
        if (!server.waitForIncomingEmail(10_000, count)) {
            throw new AssertionError("Expected " + count + " mail(s), received "
                    + server.getReceivedMessages().length);
        }
        return Arrays.asList(server.getReceivedMessages());
    }

    public static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        return decoded(message);
    }

    /** The first link in the mail's text that leads to {@code route}, as the person would click it. */
    public static String link(MimeMessage message, String route) {
        Matcher links = LINK.matcher(decoded(message));
        while (links.find()) {
            if (links.group().contains("/" + route)) {
                return links.group();
            }
        }
        throw new AssertionError("No link to " + route + " in: " + decoded(message));
    }

    /** The value of the link's {@code token} parameter. */
    public static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String decoded(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
