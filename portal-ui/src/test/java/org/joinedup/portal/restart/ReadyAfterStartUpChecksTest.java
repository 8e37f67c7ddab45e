package org.joinedup.portal.restart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A portal whose search index was lost rebuilds it at start-up, and says it is ready, and
 * serves its pages, only after that.
 */
class ReadyAfterStartUpChecksTest {

    private static final String REINDEXING = "Search index for Person holds 0 of";

    @TempDir
    Path temporaryDirectory;

    @Test
    void a_lost_index_is_rebuilt_before_the_portal_says_it_is_ready() throws Exception {
        Path dataDir = temporaryDirectory.resolve("data");
        try (PortalProcess first = PortalProcess.start(dataDir, "index-first-start")) {
            first.stop();
        }
        FileSystemUtils.deleteRecursively(dataDir.resolve("index"));

        try (PortalProcess again = PortalProcess.start(dataDir, "index-second-start")) {
            String output = again.output();
            assertThat(output).contains(REINDEXING);
            assertThat(output.indexOf(PortalProcess.READY)).as("ready only after the index was rebuilt")
                    .isGreaterThan(output.indexOf(REINDEXING));
            int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + again.port() + "/login")).build(), BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).isEqualTo(200);
            again.stop();
        }
    }
}
