package org.joinedup.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach the database.
 *
 * @param url      JDBC URL of an external MariaDB server; blank means "start the embedded one"
 * @param username user for the external server
 * @param password password for the external server
 * @param embedded settings of the embedded server
 */
@ConfigurationProperties("joinedup.db")
public record DatabaseProperties(String url, String username, String password, Embedded embedded) {

    public DatabaseProperties {
        embedded = embedded == null ? new Embedded(null, null, false) : embedded;
    }

    boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * @param dataDir       where the embedded server keeps its files across restarts
     * @param database      the schema the portal uses
     * @param freshDatabase create a new, uniquely named schema for every application
     *                      context (tests); the server itself is still shared
     */
    public record Embedded(Path dataDir, String database, boolean freshDatabase) {
        public Embedded {
            dataDir = dataDir == null ? Path.of("data", "mariadb") : dataDir;
            database = database == null || database.isBlank() ? "joinedup" : database;
        }
    }
}
