package org.joinedup.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.joinedup.platform.files.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's one network account: the portal's own user, reachable from
 * 127.0.0.1 only, with a generated password kept in the data folder where only the
 * owner may read it. It may use the portal's database and the databases named after it
 * ({@code joinedup_…}, which tests create), nothing else. The statements that set it up
 * run at every start, so a folder from an earlier release, which had no such account, is
 * brought up to date, and a password file that was replaced is simply taken as the new one.
 */
final class PortalDatabaseAccount {

    static final String USER = "joinedup";
    static final String HOST = "127.0.0.1";
    static final String PASSWORD_FILE = "portal-db.password";

    private static final Logger log = LoggerFactory.getLogger(PortalDatabaseAccount.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final int PASSWORD_BYTES = 24;

    private final String password;
    private final String database;

    private PortalDatabaseAccount(String password, String database) {
        this.password = password;
        this.database = database;
    }

    /** Reads the password kept in {@code folder}, or generates one there on the first start. */
    static PortalDatabaseAccount inFolder(Path folder, String database) {
        requireSimpleName(database);
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            String kept = Files.exists(file) ? Files.readString(file, StandardCharsets.US_ASCII).strip() : "";
            if (kept.isEmpty()) {
                kept = generatePassword();
                writeOwnerOnly(file, kept);
                log.info("Generated the password of the embedded database's user {} into {}", USER, file);
            } else {
                OwnerOnlyFiles.keepOwnerOnly(file);
            }
            return new PortalDatabaseAccount(kept, database);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /** Refuses a name that could not be used unquoted in a statement, so none is ever built from input. */
    static String requireSimpleName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("The embedded database's name may hold only letters, digits and "
                    + "underscores (at most 64): " + database);
        }
        return database;
    }

    String password() {
        return password;
    }

    /**
     * What the server runs before it accepts its first connection, one statement a line:
     * the anonymous accounts that older installations made are removed (with their rights
     * on the {@code test} databases, which applied to every user), root signs in only
     * through the local socket as the system's root, and the portal's account is created or
     * given the kept password and its rights.
     */
    List<String> setUpStatements() {
        String account = "'" + USER + "'@'" + HOST + "'";
        String passwordHash = "'" + nativePasswordHash(password) + "'";
        String namedAfter = database.replace("_", "\\_") + "\\_%";
        return List.of(
                "DELETE FROM mysql.db WHERE user = ''",
                "FLUSH PRIVILEGES",
                "SET @anonymous = (SELECT GROUP_CONCAT(QUOTE(user), '@', QUOTE(host)) FROM mysql.user WHERE user = '')",
                "EXECUTE IMMEDIATE IFNULL(CONCAT('DROP USER ', @anonymous), 'DO 0')",
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY PASSWORD " + passwordHash,
                "ALTER USER " + account + " IDENTIFIED BY PASSWORD " + passwordHash,
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account,
                "GRANT ALL PRIVILEGES ON `" + namedAfter + "`.* TO " + account);
    }

    /** Writes a file only the owner may read, for a secret that must not exist anywhere readable even briefly. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        OwnerOnlyFiles.createFile(file);
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static String generatePassword() {
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** MariaDB's mysql_native_password form, so the statements the server reads never hold the password itself. */
    private static String nativePasswordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
