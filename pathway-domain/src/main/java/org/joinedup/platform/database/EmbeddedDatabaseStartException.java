package org.joinedup.platform.database;

import java.nio.file.Path;

/** The embedded MariaDB could not be started; carries the data directory the user should check. */
public class EmbeddedDatabaseStartException extends RuntimeException {

    private final Path dataDir;

    EmbeddedDatabaseStartException(Path dataDir, Throwable cause) {
        super("The embedded MariaDB could not start with data in " + dataDir, cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
