package org.joinedup.platform.database;

/** The external database named by {@code JOINEDUP_DB_URL} did not answer at start-up. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot connect to the database at " + url + ": " + cause.getMessage(), cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
