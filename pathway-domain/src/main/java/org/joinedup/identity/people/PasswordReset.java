package org.joinedup.identity.people;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.throttle.AnonymousRequestThrottle;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing a new password with a single-use link e-mailed to the account's address, valid
 * for {@link #VALID_FOR}. Open to visitors: someone who has forgotten their password cannot
 * sign in. Whatever address is given, the caller is told the same; only the mailbox learns
 * whether it has an account. A new password ends every session of the person.
 */
@Service
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final AnonymousRequestThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordReset(PersonRepository people, AccountTokens tokens, AccountMail mail, AnonymousRequestThrottle throttle,
            PasswordEncoder passwordEncoder, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.mail = mail;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * E-mails a link to the account with this address, if it is active and has a password;
     * an account that signs in through an identity provider is told so instead.
     *
     * @throws TooManyRequestsException when too many requests came from the caller's network, or overall, just now
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void request(String email) {
        throttle.admit("password reset request");
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<Person> found = people.findByEmail(address).filter(person -> person.status() == AccountStatus.ACTIVE);
        if (found.isEmpty()) {
            log.info("A password reset was asked for an address with no active account; nothing sent");
            return;
        }
        Person person = found.get();
        if (person.passwordHash() == null) {
            mail.noPasswordToReset(person);
            log.info("A password reset was asked for person {}, who has no password; told how to sign in", person.id());
            return;
        }
        mail.resetPassword(person, tokens.issue(person, AccountToken.Purpose.RESET_PASSWORD, VALID_FOR), VALID_FOR);
        audit.record("password.reset-requested", "person", person.id(), "A link to choose a new password was e-mailed");
        log.info("A password reset link was sent to person {}", person.id());
    }

    /** Whether the link can still be used, so the page can say so before anyone types a password. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public LinkState linkState(String token) {
        return tokens.stateOf(token, AccountToken.Purpose.RESET_PASSWORD);
    }

    /**
     * Sets the new password, uses up the link (and any other open one of the person's), and
     * ends every session of the person.
     *
     * @throws InvalidInputException    on field {@code newPassword} when the policy refuses it; the link stays usable
     * @throws ResetLinkRefusedException when the link was used, has expired or is unknown
     * @throws TooManyRequestsException  when too many requests came from the caller's network, or overall, just now
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void reset(String token, String newPassword) {
        throttle.admit("password reset");
        Optional<AccountToken> found = tokens.forUse(token, AccountToken.Purpose.RESET_PASSWORD);
        LinkState state = found.map(link -> link.stateAt(clock.instant())).orElse(LinkState.UNKNOWN);
        Person person = found.filter(link -> state == LinkState.VALID)
                .flatMap(link -> people.findById(link.personId()))
                .filter(p -> p.status() == AccountStatus.ACTIVE && p.passwordHash() != null)
                .orElseThrow(() -> {
                    log.info("A password reset with a link that is {} was refused", state);
                    return new ResetLinkRefusedException(state == LinkState.VALID ? LinkState.UNKNOWN : state);
                });
        PasswordPolicy.problemWith(newPassword, person.email(), person.displayName(), person.realName())
                .ifPresent(problem -> {
                    throw new InvalidInputException("newPassword", problem);
                });
        person.changePasswordHash(passwordEncoder.encode(newPassword));
        tokens.useAll(person.id(), AccountToken.Purpose.RESET_PASSWORD);
        audit.record("password.reset", "person", person.id(),
                "Chose a new password through the link e-mailed to the account; every session ended");
        events.publishEvent(new SessionsEnded(person.id()));
        log.info("Person {} chose a new password through an e-mailed link; their sessions end", person.id());
    }
}
