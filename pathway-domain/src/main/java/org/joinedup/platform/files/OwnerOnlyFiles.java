package org.joinedup.platform.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates secrets (keys, passwords, mail holding single-use links) so that no other user of
 * the machine can read them, not even for a moment. A file system without POSIX
 * permissions cannot say so: the file is created as the system gives it, and the log says
 * where, so an operator can protect it some other way.
 */
public final class OwnerOnlyFiles {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates a new, empty file only its owner may read and write; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
            log.warn("{} is on a file system without POSIX permissions: protect it from other users yourself", file);
        }
    }

    /** Creates the folder (and its parents) if missing; the folder itself only its owner may open. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, FOLDER);
        } catch (UnsupportedOperationException e) {
            log.warn("{} is on a file system without POSIX permissions: protect it from other users yourself", folder);
        }
    }

    /** Takes an existing file back to owner-only if someone loosened it; says so when it does. */
    public static void keepOwnerOnly(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(FILE)) {
                Files.setPosixFilePermissions(file, FILE);
                log.warn("{} could be read by others; it is now readable by its owner only", file);
            }
        } catch (UnsupportedOperationException e) {
            // Nothing to tighten: the warning was given when the file was created.
        }
    }
}
