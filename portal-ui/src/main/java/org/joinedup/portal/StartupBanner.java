package org.joinedup.portal;

import java.util.stream.Collectors;

import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.Role;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the portal where to open it and, in the demo profile only, how to
 * sign in. It speaks when the portal accepts requests ({@link StartingUpGate}), which
 * Spring Boot announces after every start-up task has ended, the search index check
 * included, so the line is never printed over a portal that is not ready.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final ObjectProvider<DemoPeople> demoPeople;
    private final ObjectProvider<DemoSecondFactors> demoKey;

    StartupBanner(Environment environment, ObjectProvider<DemoPeople> demoPeople,
            ObjectProvider<DemoSecondFactors> demoKey) {
        this.environment = environment;
        this.demoPeople = demoPeople;
        this.demoKey = demoKey;
    }

    @EventListener
    void announce(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        StringBuilder banner = new StringBuilder("\n\n  JoinedUp is ready: open ").append(url()).append("\n");
        demoPeople.ifAvailable(demo -> {
            banner.append("\n  DEMO DATA: every person and organisation is fictional.")
                    .append("\n  Sign in with any of these, password \"").append(demo.password()).append("\":\n");
            demo.accounts().forEach(account -> banner.append(String.format("    %-42s %s%n", account.email(),
                    account.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))
                            + (account.careSetting() == null ? "" : " (" + account.careSetting().label() + ")"))));
        });
        demoKey.ifAvailable(key -> banner.append("\n  Staff accounts also ask for an authenticator code. Add the demo key ")
                .append(key.authenticatorKey()).append(" to an authenticator app,\n  or get the current code with: ")
                .append("oathtool --totp -b ").append(key.authenticatorKey()).append("\n"));
        log.info(banner.toString());
    }

    String url() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return environment.getProperty("joinedup.public-url", "http://localhost:" + port + contextPath + "/");
    }
}
