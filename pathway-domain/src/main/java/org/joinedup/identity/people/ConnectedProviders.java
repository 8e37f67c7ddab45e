package org.joinedup.identity.people;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity providers a signed-in person has connected to their own account, so they
 * can also sign in through them. Connecting is the only way an identity reaches an
 * existing account: the person is fully signed in (with their second factor, where they
 * need one), has just signed in at the provider in the same session, and confirms with
 * their password here. Every change is audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ConnectedProviders {

    static final String FIELD = "provider";
    private static final Logger log = LoggerFactory.getLogger(ConnectedProviders.class);

    private final ExternalIdentityRepository identities;
    private final PersonRepository people;
    private final PasswordConfirmation passwordConfirmation;
    private final AuditTrail audit;
    private final Clock clock;

    ConnectedProviders(ExternalIdentityRepository identities, PersonRepository people,
            PasswordConfirmation passwordConfirmation, AuditTrail audit, Clock clock) {
        this.identities = identities;
        this.people = people;
        this.passwordConfirmation = passwordConfirmation;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ConnectedProvider> mine() {
        return identities.findByPersonIdOrderByLinkedAt(CurrentPerson.id()).stream()
                .map(identity -> new ConnectedProvider(identity.id(), identity.registrationId(), identity.linkedAt()))
                .toList();
    }

    /**
     * Connects the identity to the signed-in person's account. Only the portal's provider
     * sign-in gives the identity, from an ID token it has checked, after the person started
     * the connection from their profile in this session.
     *
     * @param allowedRoles    the roles the provider may sign in; the person must hold no other
     * @param currentPassword the person's password, for an account that has one
     * @throws InvalidInputException the password is wrong (field {@code currentPassword}) or the account is paused;
     *                               or the identity cannot be connected (field {@code provider})
     */
    @Transactional
    public void connectMine(ExternalIdentityClaims identity, Set<Role> allowedRoles, String currentPassword) {
        Person person = me();
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(allowedRoles, "allowedRoles");
        if (person.passwordHash() != null) {
            passwordConfirmation.require(person, currentPassword);
        }
        if (!allowedRoles.containsAll(person.roles())) {
            throw new InvalidInputException(FIELD, "This provider is not for accounts with your roles.");
        }
        var existing = identities.findByIssuerAndSubject(identity.issuer(), identity.subject());
        if (existing.isPresent()) {
            boolean mine = existing.get().person().id().equals(person.id());
            log.info("Person {} tried to connect a {} identity that is already connected to person {}", person.id(),
                    identity.registrationId(), existing.get().person().id());
            throw new InvalidInputException(FIELD, mine ? "That account at the provider is already connected to yours."
                    : "That account at the provider is already connected to another JoinedUp account.");
        }
        if (identities.existsByPersonIdAndRegistrationId(person.id(), identity.registrationId())) {
            throw new InvalidInputException(FIELD,
                    "You have already connected an account at this provider. Disconnect it first to connect another.");
        }
        try {
            identities.saveAndFlush(new ExternalIdentity(person, identity.issuer(), identity.subject(),
                    identity.registrationId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // Someone connected the same identity a moment ago.
            throw new InvalidInputException(FIELD,
                    "That account at the provider is already connected to another JoinedUp account.");
        }
        audit.record("identity.linked", "person", person.id(), "Connected the sign-in through "
                + identity.registrationId() + " (issuer " + identity.issuer() + ", subject " + identity.subject()
                + ") from their profile, after signing in there");
        log.info("Person {} connected a {} identity", person.id(), identity.registrationId());
    }

    /** Disconnects one of the person's own providers; never the only way someone without a password signs in. */
    @Transactional
    public void disconnectMine(long connectionId) {
        Person person = me();
        ExternalIdentity identity = identities.findById(connectionId)
                .filter(found -> found.person().id().equals(person.id()))
                .orElseThrow(() -> new InvalidInputException(FIELD, "That connection no longer exists."));
        if (person.passwordHash() == null && identities.countByPersonId(person.id()) == 1) {
            throw new InvalidInputException(FIELD,
                    "This is the only way you sign in to JoinedUp, so it cannot be disconnected.");
        }
        identities.delete(identity);
        audit.record("identity.unlinked", "person", person.id(), "Disconnected the sign-in through "
                + identity.registrationId() + " (issuer " + identity.issuer() + ", subject " + identity.subject() + ")");
        log.info("Person {} disconnected a {} identity", person.id(), identity.registrationId());
    }

    private Person me() {
        Person person = people.findById(CurrentPerson.id())
                .orElseThrow(() -> new AccessDeniedException("Your account no longer exists"));
        if (person.status() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Your account is not active");
        }
        return person;
    }
}
