package org.joinedup.portal.restart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's JVM killed ({@code kill -9}) while visitors register, then started again:
 * every registration that had committed is in the database, and the search finds it.
 */
class KilledDuringWritesTest {

    private static final int COMMITTED_BEFORE_THE_KILL = 16;

    @TempDir
    Path temporaryDirectory;

    @AfterEach
    void endTheDatabaseIfTheTestFailedBeforeTheRestart() throws Exception {
        PortalProcess.endDatabaseLeftRunning(temporaryDirectory.resolve("data"));
    }

    @Test
    void every_committed_registration_is_kept_and_found_by_search_after_the_portal_is_killed() throws Exception {
        Path dataDir = temporaryDirectory.resolve("data");
        Path committed = temporaryDirectory.resolve("committed.txt");
        Path report = temporaryDirectory.resolve("search-report.txt");

        try (PortalProcess writing = PortalProcess.start(RegisteringVisitors.class, dataDir, "registering",
                List.of("-D" + RegisteringVisitors.COMMITTED + "=" + committed), "--joinedup.demo.pathways=false")) {
            awaitLines(committed, COMMITTED_BEFORE_THE_KILL, Duration.ofMinutes(3));
            writing.kill();
        }
        List<String> registered = Files.readAllLines(committed);

        try (PortalProcess again = PortalProcess.start(SearchingForVisitors.class, dataDir, "searching-after-kill",
                List.of("-D" + SearchingForVisitors.EMAILS + "=" + committed,
                        "-D" + SearchingForVisitors.REPORT + "=" + report),
                "--joinedup.demo.pathways=false")) {
            again.awaitOutput(SearchingForVisitors.REPORT_WRITTEN, Duration.ofMinutes(1));

            assertThat(again.output()).as("the database server the killed portal left running was stopped first")
                    .contains("after JoinedUp ended without stopping it");
            assertThat(visitorsInTheDatabase(again)).containsAll(registered);
            List<String> findings = Files.readAllLines(report);
            assertThat(findings).as("each committed registration found by the people search")
                    .containsAll(registered.stream().map(email -> email + " found").toList());
            assertThat(findings).as("the search index holds a document for every row")
                    .anySatisfy(line -> assertThat(line).matches("Person documents (\\d+) rows \\1"));
            again.stop();
        }
    }

    private static Set<String> visitorsInTheDatabase(PortalProcess portal) throws Exception {
        Set<String> emails = new HashSet<>();
        try (Connection database = portal.database(); Statement statement = database.createStatement();
                ResultSet rows = statement.executeQuery("select email from person where email like 'visitor-%'")) {
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
        }
        return emails;
    }

    private static void awaitLines(Path file, int lines, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file) || Files.readAllLines(file).size() < lines) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Fewer than " + lines + " registrations committed within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
