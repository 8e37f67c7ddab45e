package org.joinedup.identity.twofactor;

import java.util.List;
import java.util.Optional;

import org.joinedup.identity.people.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A sign-in halfway through: the first step (a password, or an identity provider) was
 * right, the second factor is still to come. It carries that step's factor and
 * {@value #ROLE} but none of the person's real roles, so no role-based rule anywhere lets
 * it through, and {@link SecondFactorRule} refuses it everything else. The first step's
 * own sign-in is kept to be completed once the code is accepted. Someone who has not set
 * up an authenticator yet also carries the new key they are about to add, kept in the
 * session only until its first code confirms it.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    public static final String ROLE = "SECOND_FACTOR_PENDING";
    public static final String AUTHORITY = Role.AUTHORITY_PREFIX + ROLE;

    private final Authentication firstStep;
    private final long personId;
    private final FactorGrantedAuthority firstFactor;
    private final EnrolmentKey enrolmentKey;

    SecondFactorPending(Authentication firstStep, long personId, FactorGrantedAuthority firstFactor,
            EnrolmentKey enrolmentKey) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY), firstFactor));
        this.firstStep = firstStep;
        this.personId = personId;
        this.firstFactor = firstFactor;
        this.enrolmentKey = enrolmentKey;
        setAuthenticated(true);
    }

    /** The half-finished sign-in of the current request, if that is what it holds. */
    public static Optional<SecondFactorPending> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending
                ? Optional.of(pending) : Optional.empty();
    }

    public long personId() {
        return personId;
    }

    /** True while the person still has to add an authenticator, rather than use one. */
    public boolean enrolling() {
        return enrolmentKey != null;
    }

    public Optional<EnrolmentKey> enrolmentKey() {
        return Optional.ofNullable(enrolmentKey);
    }

    Authentication firstStep() {
        return firstStep;
    }

    FactorGrantedAuthority firstFactor() {
        return firstFactor;
    }

    @Override
    public Object getPrincipal() {
        return firstStep.getPrincipal();
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
