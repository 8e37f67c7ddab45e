package org.joinedup.portal.restart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.joinedup.portal.JoinedUpApplication;

/**
 * The portal in a JVM of its own, started as a person starts it (demo profile, data folder
 * from {@code JOINEDUP_DATA_DIR}) and stopped as a service manager stops it, or killed.
 * Its output goes to {@code target/restart-tests/<name>.log}, kept for reading when a test fails.
 */
final class PortalProcess implements AutoCloseable {

    static final String READY = "JoinedUp is ready";
    static final Path OUTPUT = Path.of("target", "restart-tests").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded MariaDB started on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path output;
    private final Path dataDir;
    private final int port;

    private PortalProcess(Process process, Path output, Path dataDir, int port) {
        this.process = process;
        this.output = output;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts the portal itself. */
    static PortalProcess start(Path dataDir, String name, String... arguments) {
        return start(JoinedUpApplication.class, dataDir, name, List.of(), arguments);
    }

    /**
     * Starts {@code mainClass}, which starts the portal, and waits until it says it is ready.
     *
     * @param name             names the output file
     * @param systemProperties {@code -D} options for the JVM
     */
    static PortalProcess start(Class<?> mainClass, Path dataDir, String name, List<String> systemProperties,
            String... arguments) {
        int port = freePort();
        Path output = OUTPUT.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", // starts faster; nothing here runs long enough to need the full compiler
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(systemProperties);
        command.addAll(List.of(mainClass.getName(), "--spring.profiles.active=demo", "--server.port=" + port));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(OUTPUT);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("JOINEDUP_DATA_DIR", dataDir.toString());
            PortalProcess portal = new PortalProcess(builder.start(), output, dataDir, port);
            portal.awaitOutput(READY, START_TIMEOUT);
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects to the portal's embedded database as an administrator on the machine could: with the kept password. */
    Connection database() throws SQLException, IOException {
        Matcher port = DATABASE_PORT.matcher(output());
        if (!port.find()) {
            throw new IllegalStateException("The portal did not say where its database listens:\n" + output());
        }
        String password = Files.readString(dataDir.resolve("mariadb").resolve("portal-db.password")).strip();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port.group(1) + "/joinedup", "joinedup",
                password);
    }

    /**
     * Stops the portal as a service manager does, with SIGTERM, and waits until it has
     * ended; its database server must have ended with it.
     */
    void stop() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The portal did not stop within " + STOP_TIMEOUT + ":\n" + output());
        }
        if (children.stream().anyMatch(ProcessHandle::isAlive)) {
            throw new IllegalStateException("The portal stopped but left its database server running:\n" + output());
        }
    }

    /** Ends the portal's JVM at once, as {@code kill -9} or a power cut would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void awaitOutput(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal ended before saying \"" + text + "\":\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The portal did not say \"" + text + "\" within " + timeout + ":\n"
                        + output());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Ends a portal a failed test left running, and the database server it would leave behind. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            List<ProcessHandle> children = process.descendants().toList();
            kill();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Ends a database server that a killed portal left running on {@code dataDir}, when a test failed before restarting it. */
    static void endDatabaseLeftRunning(Path dataDir) throws IOException {
        Path serverFiles = dataDir.resolve("mariadb").resolve("data");
        if (!Files.isDirectory(serverFiles)) {
            return;
        }
        String argument = "--datadir=" + serverFiles.toRealPath();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(argument))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
