package org.joinedup.platform.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a database that cannot be reached or started into one sentence saying what
 * to check, in place of a page of stack traces.
 */
public class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnreachableException unreachable) {
                return new FailureAnalysis(
                        "JoinedUp cannot reach the database at " + unreachable.url() + " ("
                                + rootMessage(unreachable) + ").",
                        "Check that the MariaDB server is running and reachable, and that JOINEDUP_DB_URL, "
                                + "JOINEDUP_DB_USER and JOINEDUP_DB_PASSWORD are right; unset JOINEDUP_DB_URL "
                                + "to use the embedded database instead.",
                        unreachable);
            }
            if (cause instanceof EmbeddedDatabaseStartException embedded) {
                return new FailureAnalysis(
                        "The embedded MariaDB did not start with data in " + embedded.dataDir() + " ("
                                + rootMessage(embedded) + ").",
                        "Check that the directory is writable and not used by another running JoinedUp, "
                                + "or point JOINEDUP_DATA_DIR at another directory.",
                        embedded);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
