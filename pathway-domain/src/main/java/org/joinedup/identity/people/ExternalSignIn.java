package org.joinedup.identity.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.joinedup.identity.people.ExternalSignInRefusedException.Reason;
import org.joinedup.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the person behind an identity at an OpenID Connect provider. A sign-in follows the
 * identity's link to its account; a first sign-in creates an account that waits for
 * approval. It never links an identity to an existing account by its e-mail address:
 * whoever holds that address may not be its owner (it may have been registered by someone
 * else first), so the owner signs in as usual and connects the provider from their profile
 * ({@link ConnectedProviders}).
 */
@Service
public class ExternalSignIn {

    private static final Logger log = LoggerFactory.getLogger(ExternalSignIn.class);

    private final ExternalIdentityRepository identities;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final Clock clock;

    ExternalSignIn(ExternalIdentityRepository identities, PersonRepository people,
            OrganisationRepository organisations, AuditTrail audit, Clock clock) {
        this.identities = identities;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Open to anonymous callers on purpose: it runs while someone signs in, before anybody
     * is signed in. Only the portal's sign-in calls it, once the provider's ID token has
     * been checked (signature, issuer, audience, expiry). The account's status is returned,
     * not judged: the caller refuses accounts that are not active, as password sign-in does.
     *
     * @param allowedRoles the roles this provider may sign in: an account holding any other
     *                     is refused, and an account it creates may hold only these
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public ExternalAccount signIn(ExternalIdentityClaims claims, Set<Role> allowedRoles) {
        if (!fits(claims.issuer(), ExternalIdentity.ISSUER_MAX) || !fits(claims.subject(), ExternalIdentity.SUBJECT_MAX)) {
            throw new ExternalSignInRefusedException(Reason.NO_SUBJECT,
                    "The sign-in through " + claims.registrationId() + " gave no usable issuer and subject");
        }
        Optional<ExternalIdentity> known = identities.findByIssuerAndSubject(claims.issuer(), claims.subject());
        if (known.isPresent()) {
            Person person = known.get().person();
            if (!allowedRoles.containsAll(person.roles())) {
                throw new ExternalSignInRefusedException(Reason.ROLE_NOT_ALLOWED, "Person " + person.id()
                        + " holds " + person.roles() + ", not all of which may sign in through "
                        + claims.registrationId() + " (" + allowedRoles + ")");
            }
            return ExternalAccount.of(person, false);
        }
        String email = usableEmail(claims);
        // Checked before any look-up, so the answer is the same whether or not the address has an account here,
        // and nobody can claim an address they have not proved is theirs.
        if (!claims.emailVerified()) {
            throw new ExternalSignInRefusedException(Reason.UNVERIFIED_EMAIL, "An e-mail address came from "
                    + claims.registrationId() + " without being verified there");
        }
        Optional<Person> existing = people.findByEmail(email);
        if (existing.isPresent()) {
            throw new ExternalSignInRefusedException(Reason.ACCOUNT_EXISTS, "The sign-in through "
                    + claims.registrationId() + " (issuer " + claims.issuer() + ", subject " + claims.subject()
                    + ") gave the address of person " + existing.get().id() + ", who has not connected it");
        }
        return create(email, claims, allowedRoles);
    }

    private ExternalAccount create(String email, ExternalIdentityClaims claims, Set<Role> allowedRoles) {
        if (claims.roles().isEmpty()) {
            throw new ExternalSignInRefusedException(Reason.NO_ROLE,
                    "The claims from " + claims.registrationId() + " map to no role and it has no default role");
        }
        if (!allowedRoles.containsAll(claims.roles())) {
            throw new ExternalSignInRefusedException(Reason.ROLE_NOT_ALLOWED, "The claims from "
                    + claims.registrationId() + " map to " + claims.roles() + ", beyond its allowed " + allowedRoles);
        }
        if (claims.roles().contains(Role.CLINICIAN) && claims.careSetting() == null) {
            throw new ExternalSignInRefusedException(Reason.NO_CARE_SETTING,
                    "The claims from " + claims.registrationId() + " make a clinician but name no care setting");
        }
        Organisation organisation = null;
        if (claims.organisationName() != null) {
            organisation = organisations.findByName(claims.organisationName()).orElse(null);
            if (organisation == null) {
                log.info("No organisation named '{}' for a new account from {}; created without one",
                        claims.organisationName(), claims.registrationId());
            }
        }
        Person person = people.save(new Person(email, displayName(claims, email), null, organisation,
                claims.roles(), claims.careSetting(), null, clock.instant(), AccountStatus.PENDING_APPROVAL));
        if (claims.realName() != null) {
            person.recordRealName(limit(claims.realName()));
        }
        person.confirmEmail(clock.instant()); // the provider has verified it (checked above)
        identities.save(new ExternalIdentity(person, claims.issuer(), claims.subject(), claims.registrationId(),
                clock.instant()));
        audit.record("account.requested", "person", person.id(), "Account created at the first sign-in through "
                + claims.registrationId() + " (issuer " + claims.issuer() + ", subject " + claims.subject()
                + "), waiting for approval; roles " + claims.roles() + (organisation == null ? ""
                        : ", organisation " + organisation.name()));
        log.info("Created person {} from a first sign-in through {}, waiting for approval", person.id(),
                claims.registrationId());
        return ExternalAccount.of(person, true);
    }

    private static boolean fits(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max;
    }

    private static String usableEmail(ExternalIdentityClaims claims) {
        String email = claims.email() == null ? "" : claims.email().strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || email.length() > PeopleLimits.EMAIL_MAX || email.indexOf('@') < 1) {
            throw new ExternalSignInRefusedException(Reason.NO_EMAIL,
                    "The sign-in through " + claims.registrationId() + " gave no usable e-mail address");
        }
        return email;
    }

    /** The provider's name for the person, else the part of the address before the @. */
    private static String displayName(ExternalIdentityClaims claims, String email) {
        String name = claims.displayName() == null ? "" : claims.displayName().strip();
        return limit(name.isEmpty() ? email.substring(0, email.indexOf('@')) : name);
    }

    private static String limit(String text) {
        String stripped = text.strip();
        return stripped.length() > PeopleLimits.DISPLAY_NAME_MAX
                ? stripped.substring(0, PeopleLimits.DISPLAY_NAME_MAX) : stripped;
    }
}
