package org.joinedup.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;

/**
 * The one {@link DataSource} of the portal. With {@code joinedup.db.url} set it points
 * at that server; otherwise it starts the embedded MariaDB. Flyway, JPA and Hibernate
 * Search then run unchanged on either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@PropertySource("classpath:joinedup-defaults.properties")
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final int CONNECT_CHECK_SECONDS = 10;

    /**
     * Starts the embedded server as soon as the configuration has been read, before the web
     * server, Vaadin's scan and the other beans are set up, so its start (seconds when its
     * files are new) runs beside theirs on the second core; {@link #dataSource} waits for it.
     */
    @Bean
    static BeanFactoryPostProcessor embeddedDatabaseEarlyStart(Environment environment) {
        return beanFactory -> {
            DatabaseProperties properties = Binder.get(environment).bindOrCreate("joinedup.db",
                    DatabaseProperties.class);
            if (!properties.external()) {
                EmbeddedMariaDb.startInBackground(properties.embedded().dataDir(), properties.embedded().database());
            }
        };
    }

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        if (properties.external()) {
            checkReachable(properties);
            log.info("Using the MariaDB server at {}", properties.url());
            return hikari(properties.url(), properties.username(), properties.password());
        }
        DatabaseProperties.Embedded embedded = properties.embedded();
        EmbeddedMariaDb server = EmbeddedMariaDb.startOnce(embedded.dataDir(), embedded.database());
        String database = embedded.freshDatabase()
                ? embedded.database() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                : embedded.database();
        server.createDatabaseIfMissing(database);
        HikariDataSource pool = hikari(server.jdbcUrl(database), server.username(), server.password());
        server.serve(pool);
        return pool;
    }

    private static HikariDataSource hikari(String url, String username, String password) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(url)
                .username(username)
                .password(password)
                .build();
        dataSource.setPoolName("joinedup");
        return dataSource;
    }

    /**
     * One attempt before the pool exists, so an unreachable server ends start-up with one
     * clear message instead of the pool's and Flyway's stack traces.
     */
    private static void checkReachable(DatabaseProperties properties) {
        DriverManager.setLoginTimeout(CONNECT_CHECK_SECONDS);
        try (Connection ignored = DriverManager.getConnection(properties.url(), properties.username(),
                properties.password())) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(properties.url(), e);
        }
    }
}
