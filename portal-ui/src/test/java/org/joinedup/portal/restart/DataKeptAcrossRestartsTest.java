package org.joinedup.portal.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.UUID;

import org.joinedup.portal.security.FormPosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The portal as people run it, each start in a JVM of its own: started on a data folder,
 * written to over HTTP, stopped as a service manager stops it, started again. What was
 * written is still there and the demo was not seeded afresh, wherever the folder lies.
 */
class DataKeptAcrossRestartsTest {

    private static final String PATIENT = "patient@demo.joinedup.example";
    private static final String DEMO_PASSWORD = "joinedup-demo";
    private static final String SEEDED = "Seeded demo data";

    @TempDir
    Path temporaryDirectory;
    Path elsewhere;

    @AfterEach
    void removeTheFolderElsewhere() {
        if (elsewhere != null) {
            FileSystemUtils.deleteRecursively(elsewhere.toFile());
        }
    }

    @Test
    void a_data_folder_under_the_temporary_directory_keeps_its_data_across_a_restart() throws Exception {
        Path dataDir = temporaryDirectory.resolve("data");
        assertThat(dataDir.toAbsolutePath()).startsWithRaw(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());

        Written written = startWriteAndStop(dataDir, "tmp-first-start");

        try (PortalProcess again = PortalProcess.start(dataDir, "tmp-second-start")) {
            assertKept(again, written);
            assertThatThrownBy(() -> PortalProcess.start(dataDir, "tmp-rival-start"))
                    .as("a second portal on the same folder is refused")
                    .hasMessageContaining("another running JoinedUp is using");
            assertKept(again, written);
            again.stop();
        }
    }

    @Test
    void a_data_folder_elsewhere_left_by_an_earlier_release_keeps_its_data_and_gains_the_portal_account()
            throws Exception {
        Path dataDir = PortalProcess.OUTPUT.resolve("elsewhere-" + UUID.randomUUID());
        elsewhere = dataDir;
        Path mariadb = dataDir.resolve("mariadb");
        Path passwordFile = mariadb.resolve("portal-db.password");

        Written written = startWriteAndStop(dataDir, "elsewhere-first-start");
        String firstPassword = Files.readString(passwordFile);
        // As an earlier release left a folder: no portal account, no password file, an anonymous account.
        EarlierReleaseServer.run(mariadb, """
                FLUSH PRIVILEGES;
                DROP USER 'joinedup'@'127.0.0.1';
                CREATE USER ''@'localhost';
                """);
        Files.delete(passwordFile);

        try (PortalProcess again = PortalProcess.start(dataDir, "elsewhere-second-start")) {
            assertKept(again, written);
            assertThat(Files.readString(passwordFile)).as("a newly generated password").isNotEqualTo(firstPassword);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            try (Connection database = again.database()) {
                String server = database.getMetaData().getURL().replaceFirst("/joinedup.*$", "/");
                assertThat(refusal(server, "root", "")).contains("Access denied");
                assertThat(refusal(server, "", "")).contains("Access denied");
                assertThat(refusal(server, "joinedup", "")).contains("Access denied");
            }
            again.stop();
        }
    }

    /** What the test wrote and read through the portal, to be found unchanged after a restart. */
    private record Written(long patientId, LocalDateTime patientLastSignIn, long people, long newestAuditEntry,
            String newestAuditHash) {
    }

    private static Written startWriteAndStop(Path dataDir, String name) throws Exception {
        try (PortalProcess portal = PortalProcess.start(dataDir, name)) {
            assertThat(portal.output()).as("a new folder gets the demo").contains(SEEDED);
            signInOverHttp(portal.port(), PATIENT, DEMO_PASSWORD);
            Written written = read(portal);
            assertThat(written.patientLastSignIn()).as("the sign-in was recorded").isNotNull();
            portal.stop();
            return written;
        }
    }

    private static void assertKept(PortalProcess again, Written written) throws Exception {
        assertThat(again.output()).as("the demo is not seeded afresh").doesNotContain(SEEDED);
        Written found = read(again);
        assertThat(found.patientId()).isEqualTo(written.patientId());
        assertThat(found.patientLastSignIn()).as("the patient's sign-in before the restart")
                .isEqualTo(written.patientLastSignIn());
        assertThat(found.people()).isEqualTo(written.people());
        try (Connection database = again.database(); Statement statement = database.createStatement();
                ResultSet entry = statement.executeQuery(
                        "select entry_hash from audit_entry where id = " + written.newestAuditEntry())) {
            assertThat(entry.next()).as("the audit entry written before the restart").isTrue();
            assertThat(entry.getString(1)).isEqualTo(written.newestAuditHash());
        }
    }

    private static Written read(PortalProcess portal) throws Exception {
        try (Connection database = portal.database(); Statement statement = database.createStatement()) {
            ResultSet patient = statement.executeQuery(
                    "select id, last_sign_in_at from person where email = '" + PATIENT + "'");
            assertThat(patient.next()).isTrue();
            long patientId = patient.getLong(1);
            LocalDateTime lastSignIn = patient.getObject(2, LocalDateTime.class);
            ResultSet people = statement.executeQuery("select count(*) from person");
            people.next();
            long count = people.getLong(1);
            ResultSet newest = statement.executeQuery(
                    "select id, entry_hash from audit_entry order by id desc limit 1");
            assertThat(newest.next()).isTrue();
            return new Written(patientId, lastSignIn, count, newest.getLong(1), newest.getString(2));
        }
    }

    /** Signs in with the sign-in form, as a browser posts it; the portal records the sign-in. */
    private static void signInOverHttp(int port, String email, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signedIn = FormPosts.signIn(browser, URI.create("http://localhost:" + port + "/"), email,
                password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String refusal(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return "connected as " + user;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
