package org.joinedup.identity.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real installation has no demo accounts and no default password. Its first
 * administrator is created from {@code JOINEDUP_ADMIN_EMAIL} and
 * {@code JOINEDUP_ADMIN_PASSWORD} when no administrator exists yet; once one does, the
 * variables are ignored and can be removed.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String email;
    private final String password;
    private final String organisationName;

    FirstAdministrator(OrganisationRepository organisations, PersonRepository people,
            PasswordEncoder passwordEncoder, Clock clock,
            @Value("${joinedup.admin.email:}") String email,
            @Value("${joinedup.admin.password:}") String password,
            @Value("${joinedup.admin.organisation:}") String organisationName) {
        this.organisations = organisations;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.password = password;
        this.organisationName = organisationName.isBlank() ? "Portal administration" : organisationName.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.existsByRolesContainingAndStatus(Role.ADMIN, AccountStatus.ACTIVE)) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            log.warn("No administrator exists yet: set JOINEDUP_ADMIN_EMAIL and JOINEDUP_ADMIN_PASSWORD "
                    + "and restart to create the first one");
            return;
        }
        PasswordPolicy.problemWith(password, email).ifPresent(problem -> {
            throw new IllegalStateException("JOINEDUP_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        Organisation organisation = organisations.findByName(organisationName)
                .orElseGet(() -> organisations.save(new Organisation(organisationName, OrganisationKind.ICB_PLACE)));
        people.save(new Person(email, "Administrator", passwordEncoder.encode(password), organisation,
                Set.of(Role.ADMIN), null, null, clock.instant()));
        log.info("Created the first administrator, {}", email);
    }
}
