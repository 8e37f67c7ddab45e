package org.joinedup.portal.restart;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.joinedup.identity.people.Registration;
import org.joinedup.identity.people.RegistrationService;
import org.joinedup.portal.JoinedUpApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the portal with visitors registering as patient partners, several at once, through
 * the service the registration page calls, until the process is killed. Each registration
 * is appended to the file named by {@value #COMMITTED} only once the service has returned,
 * that is after its transaction committed, and forced to disk before the writer goes on.
 */
public final class RegisteringVisitors {

    static final String COMMITTED = "joinedup.test.committed";
    static final int WRITERS = 4;
    static final String PASSWORD = "walks by the river on sundays";

    private RegisteringVisitors() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path committed = Path.of(System.getProperty(COMMITTED));
        // The writers stand for many visitors on many networks: the limits on anonymous requests would hold them back.
        String[] unthrottled = Stream.concat(Arrays.stream(args), Stream.of(
                "--joinedup.anonymous-requests.per-address=1000000", "--joinedup.anonymous-requests.overall=1000000"))
                .toArray(String[]::new);
        ConfigurableApplicationContext portal = SpringApplication.run(JoinedUpApplication.class, unthrottled);
        RegistrationService registrations = portal.getBean(RegistrationService.class);
        try (FileChannel log = FileChannel.open(committed, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                writers.execute(() -> {
                    try {
                        register(registrations, number, log);
                    } catch (IOException | RuntimeException e) {
                        e.printStackTrace();
                    }
                });
            }
            writers.awaitTermination(1, TimeUnit.DAYS);
        }
    }

    private static void register(RegistrationService registrations, int writer, FileChannel log) throws IOException {
        for (int count = 1; ; count++) {
            String email = "visitor-" + writer + "-" + count + "@example.org";
            registrations.register(new Registration("Visitor " + writer + "-" + count, "Vera Visitor", email,
                    PASSWORD, null, true));
            synchronized (log) {
                log.write(ByteBuffer.wrap((email + "\n").getBytes(StandardCharsets.UTF_8)));
                log.force(false);
            }
        }
    }
}
