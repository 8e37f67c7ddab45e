package org.joinedup.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB program run by the portal: the installer, which runs to its end, or the
 * server, which runs until {@link #stop} and whose console goes to the log (errors as
 * errors, warnings such as refused sign-ins as information, notes at debug level).
 */
final class MariaDbProcess {

    private static final Logger log = LoggerFactory.getLogger(MariaDbProcess.class);
    private static final Logger serverLog = LoggerFactory.getLogger("org.joinedup.platform.database.mariadbd");
    private static final String READY = ": ready for connections.";
    /** How the server reports a failed statement of its {@code --init-file}. */
    private static final String INIT_FILE_ERROR = "ERROR: ";
    private static final int LINES_KEPT = 40;

    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private MariaDbProcess(Process process) {
        this.process = process;
    }

    /** Runs a program to its end; fails with its last lines when it does not succeed. */
    static void runToEnd(List<String> command, Map<String, String> environment, Path workingDirectory,
            Duration timeout) throws IOException {
        MariaDbProcess program = new MariaDbProcess(launch(command, environment, workingDirectory));
        Thread console = program.forwardConsole();
        try {
            if (!program.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                program.process.destroyForcibly();
                throw new IOException(name(command) + " did not finish within " + timeout + ":\n" + program.lastLines());
            }
            console.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            program.process.destroyForcibly();
            throw new IOException("Interrupted while " + name(command) + " ran", e);
        }
        if (program.process.exitValue() != 0) {
            throw new IOException(name(command) + " failed with exit code " + program.process.exitValue() + ":\n"
                    + program.lastLines());
        }
    }

    /** Starts the server and returns once it accepts connections; fails with its last lines when it does not. */
    static MariaDbProcess startServer(List<String> command, Map<String, String> environment, Path workingDirectory,
            Duration timeout) throws IOException {
        MariaDbProcess server = new MariaDbProcess(launch(command, environment, workingDirectory));
        server.forwardConsole();
        try {
            server.ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return server;
        } catch (ExecutionException e) {
            server.stop(Duration.ofSeconds(30));
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            server.stop(Duration.ofSeconds(30));
            throw new IOException("The server was not ready within " + timeout + ":\n" + server.lastLines());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(Duration.ofSeconds(30));
            throw new IOException("Interrupted while the server started", e);
        }
    }

    /**
     * Asks the server to shut down (SIGTERM: it finishes writing and closes its files) and
     * waits for it; only one that has not ended by the deadline is killed.
     */
    void stop(Duration timeout) {
        stop(process.toHandle(), timeout);
    }

    /**
     * Stops a server that still holds {@code dataDirectory} although no portal runs with it:
     * one left behind when the portal's own process was killed, since the operating system
     * does not end a child with its parent.
     */
    static void stopLeftOver(Path dataDirectory, Duration timeout) {
        String dataDirArgument = "--datadir=" + dataDirectory;
        ProcessHandle.allProcesses()
                .filter(other -> other.info().arguments().map(List::of).orElse(List.of()).contains(dataDirArgument))
                .forEach(leftOver -> {
                    log.warn("An embedded MariaDB (process {}) still held {} after JoinedUp ended without stopping it; "
                            + "stopping it before starting again", leftOver.pid(), dataDirectory);
                    stop(leftOver, timeout);
                });
    }

    private static void stop(ProcessHandle server, Duration timeout) {
        if (!server.isAlive()) {
            return;
        }
        server.destroy();
        try {
            server.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            log.warn("MariaDB (process {}) did not stop within {}; killing it", server.pid(), timeout);
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(List<String> command, Map<String, String> environment, Path workingDirectory)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private Thread forwardConsole() {
        return Thread.ofPlatform().daemon().name("mariadb-console-" + process.pid()).start(() -> {
            try (BufferedReader console = process.inputReader()) {
                for (String line = console.readLine(); line != null; line = console.readLine()) {
                    remember(line);
                    if (line.startsWith(INIT_FILE_ERROR) && !ready.isDone()) {
                        // The server goes on without the rest of its set-up statements; the portal does not.
                        serverLog.error(line);
                        ready.completeExceptionally(new IOException("A set-up statement failed: " + line));
                    } else if (line.contains("[ERROR]")) {
                        serverLog.error(line);
                    } else if (line.contains("[Warning]")) {
                        serverLog.info(line);
                    } else {
                        serverLog.debug(line);
                    }
                    if (line.endsWith(READY)) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                log.debug("Stopped reading the console of {}", process.pid(), e);
            } finally {
                ready.completeExceptionally(new IOException("The server ended before it was ready:\n" + lastLines()));
            }
        });
    }

    private synchronized void remember(String line) {
        if (lastLines.size() == LINES_KEPT) {
            lastLines.removeFirst();
        }
        lastLines.addLast(line);
    }

    private synchronized String lastLines() {
        return String.join("\n", lastLines);
    }

    private static String name(List<String> command) {
        return Path.of(command.getFirst()).getFileName().toString();
    }
}
