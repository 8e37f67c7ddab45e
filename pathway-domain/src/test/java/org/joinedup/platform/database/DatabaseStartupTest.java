package org.joinedup.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.joinedup.SharedModelTestApplication;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@JoinedUpTest
class DatabaseStartupTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_embedded_server_is_mariadb_and_flyway_created_the_schema() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
        }
        Integer migrations = new JdbcTemplate(dataSource)
                .queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class);
        assertThat(migrations).isPositive();
    }

    @Test
    void an_external_server_named_by_url_gets_the_same_migrations() throws Exception {
        // The embedded server stands in for an external one; its portal account may use databases named after the portal's.
        HikariDataSource embedded = (HikariDataSource) dataSource;
        String externalUrl = embedded.getJdbcUrl().substring(0, embedded.getJdbcUrl().lastIndexOf('/'))
                + "/joinedup_external_check";
        JdbcTemplate ours = new JdbcTemplate(dataSource);
        ours.execute("drop database if exists joinedup_external_check");
        ours.execute("create database joinedup_external_check");

        try (ConfigurableApplicationContext external = application("joinedup.db.url=" + externalUrl,
                "joinedup.db.username=" + embedded.getUsername(), "joinedup.db.password=" + embedded.getPassword())) {
            JdbcTemplate jdbc = new JdbcTemplate(external.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo("joinedup_external_check");
            assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(15);
        }
    }

    @Test
    void an_unreachable_server_stops_start_up_with_one_sentence_saying_what_to_check() {
        Throwable failure = catchThrowable(() -> application(
                "joinedup.db.url=jdbc:mariadb://127.0.0.1:1/joinedup?connectTimeout=2000",
                "joinedup.db.username=joinedup", "joinedup.db.password=secret").close());

        FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("JoinedUp cannot reach the database at jdbc:mariadb://127.0.0.1:1/joinedup")
                .doesNotContain("\n")
                .doesNotContain("secret");
        assertThat(analysis.getAction()).contains("JOINEDUP_DB_URL");
    }

    /** Starts a second application as a deployer would, with the settings on its command line. */
    private static ConfigurableApplicationContext application(String... properties) {
        return new SpringApplicationBuilder(SharedModelTestApplication.class)
                .profiles("test", "demo")
                .run(java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
    }
}
