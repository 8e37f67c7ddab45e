package org.joinedup.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.joinedup.platform.files.OwnerOnlyFiles;
import org.springframework.stereotype.Component;

/**
 * Mail kept as files, one {@code .eml} (RFC 5322) a message: the outbox folder, and the
 * messages waiting to be sent again. A file is written under a temporary name and moved
 * into place in one step, so a reader never sees half a message. Names start with the
 * time the message was written, so the newest sort last; the folders are readable by the
 * portal's own user only where the file system allows, since a message may hold a
 * single-use link.
 */
@Component
class MailFiles {

    /** A file name this class wrote: a time in UTC and a random part. Anything else is not a message id. */
    static final Pattern NAME = Pattern.compile("\\d{8}T\\d{9}Z-[0-9a-f]{8}\\.eml");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Session session = Session.getInstance(new Properties());
    private final Clock clock;

    MailFiles(Clock clock) {
        this.clock = clock;
    }

    /** A session for composing and reading messages; it never connects anywhere. */
    Session session() {
        return session;
    }

    Path write(Path folder, MimeMessage message) throws IOException, MessagingException {
        OwnerOnlyFiles.createFolder(folder);
        Path temporary = Files.createTempFile(folder, ".writing-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            while (true) {
                Path target = folder.resolve(newName());
                try {
                    return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    // Two messages in the same millisecond drew the same random part: draw again.
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    MimeMessage read(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(session, in);
        }
    }

    /** The messages in the folder, newest first; none when it does not exist yet. */
    List<Path> newestFirst(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
                    .toList();
        }
    }

    /** The message of that name in the folder; empty for a name this class never writes, or one not there. */
    Optional<Path> find(Path folder, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** When the file's message was written, from its name. */
    static Instant writtenAt(Path file) {
        return Instant.from(STAMP.parse(file.getFileName().toString().substring(0, 19)));
    }

    private String newName() {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(random) + ".eml";
    }
}
