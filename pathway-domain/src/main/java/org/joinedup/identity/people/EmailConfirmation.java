package org.joinedup.identity.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.throttle.AnonymousRequestThrottle;
import org.joinedup.platform.throttle.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient partner who registered confirms their e-mail address with the single-use link
 * e-mailed to them; until then their registration cannot be approved, so nobody can take
 * an address that is not theirs. Both methods are open to visitors.
 */
@Service
public class EmailConfirmation {

    private static final Logger log = LoggerFactory.getLogger(EmailConfirmation.class);

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final ConfirmationLinks links;
    private final AnonymousRequestThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    EmailConfirmation(PersonRepository people, AccountTokens tokens, ConfirmationLinks links,
            AnonymousRequestThrottle throttle, AuditTrail audit, Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.links = links;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Confirms the address the link was sent to.
     *
     * @return {@link LinkState#VALID} when this link confirmed it now; otherwise what became of the link
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public LinkState confirm(String token) {
        Optional<AccountToken> found = tokens.forUse(token, AccountToken.Purpose.CONFIRM_EMAIL);
        LinkState state = found.map(link -> link.stateAt(clock.instant())).orElse(LinkState.UNKNOWN);
        if (state != LinkState.VALID) {
            log.info("An address confirmation link was opened that is {}", state);
            return state;
        }
        AccountToken link = found.get();
        link.use(clock.instant());
        Person person = people.findById(link.personId()).orElseThrow();
        person.confirmEmail(clock.instant());
        audit.record("registration.email-confirmed", "person", person.id(),
                "Confirmed the e-mail address through the link sent to it");
        log.info("Person {} confirmed their e-mail address", person.id());
        return LinkState.VALID;
    }

    /**
     * Sends a new link to a registration still waiting for its address to be confirmed. The
     * caller is told nothing about whether there was one.
     *
     * @throws TooManyRequestsException when too many requests came from the caller's network, or overall, just now
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resend(String email) {
        throttle.admit("request for a new confirmation link");
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<Person> waiting = people.findByEmail(address)
                .filter(person -> person.status() == AccountStatus.PENDING_APPROVAL && !person.emailConfirmed());
        if (waiting.isEmpty()) {
            log.info("A new confirmation link was asked for an address with no registration waiting for one");
            return;
        }
        links.send(waiting.get());
        log.info("A new confirmation link was sent to person {}", waiting.get().id());
    }
}
