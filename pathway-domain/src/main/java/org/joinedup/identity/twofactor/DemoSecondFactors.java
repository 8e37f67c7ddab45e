package org.joinedup.identity.twofactor;

import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.identity.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff must sign in with a second factor, demo staff too. So that a newcomer can try the
 * portal, every demo staff account shares one published authenticator key, set up once
 * when no authenticator exists yet. The demo patient partner has none: they sign in with
 * the password alone, as patient partners may.
 */
@Component
@Profile("demo")
@Order(2)
public class DemoSecondFactors implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSecondFactors.class);

    private final DemoPeople demo;
    private final UserDetailsService users;
    private final SecondFactorRepository factors;
    private final SecondFactorStore store;
    private final String key;

    DemoSecondFactors(DemoPeople demo, UserDetailsService users, SecondFactorRepository factors,
            SecondFactorStore store, @Value("${joinedup.demo.authenticator-key}") String key) {
        this.demo = demo;
        this.users = users;
        this.factors = factors;
        this.store = store;
        this.key = key;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (factors.count() > 0) {
            return;
        }
        int count = 0;
        for (DemoPeople.DemoAccount account : demo.accounts()) {
            if (account.roles().stream().anyMatch(Role::isStaff)
                    && users.loadUserByUsername(account.email()) instanceof PortalUser user) {
                store.enrolWithoutCheck(user.personId(), AuthenticatorCodes.fromBase32(key));
                count++;
            }
        }
        log.info("Set up the demo authenticator key for {} demo staff accounts", count);
    }

    /** The published Base32 key every demo staff account uses, for an authenticator app. */
    public String authenticatorKey() {
        return key;
    }
}
