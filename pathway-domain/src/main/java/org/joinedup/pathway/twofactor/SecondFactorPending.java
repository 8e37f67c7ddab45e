package org.joinedup.pathway.twofactor;

import java.util.List;
import java.util.Optional;

import org.joinedup.pathway.people.PortalUser;
import org.joinedup.pathway.people.Role;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A sign-in halfway through: the password was right, the second factor is still to come.
 * It carries the password factor and {@value #ROLE} but none of the person's real roles,
 * so no role-based rule anywhere lets it through, and {@link SecondFactorRule} refuses it
 * everything else. Someone who has not set up an authenticator yet also carries the new
 * key they are about to add, kept in the session only until its first code confirms it.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    public static final String ROLE = "SECOND_FACTOR_PENDING";
    public static final String AUTHORITY = Role.AUTHORITY_PREFIX + ROLE;

    private final PortalUser user;
    private final FactorGrantedAuthority passwordFactor;
    private final EnrolmentKey enrolmentKey;
    private int wrongCodes;

    SecondFactorPending(PortalUser user, FactorGrantedAuthority passwordFactor, EnrolmentKey enrolmentKey) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY), passwordFactor));
        this.user = user;
        this.passwordFactor = passwordFactor;
        this.enrolmentKey = enrolmentKey;
        setAuthenticated(true);
    }

    /** The half-finished sign-in of the current request, if that is what it holds. */
    public static Optional<SecondFactorPending> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending
                ? Optional.of(pending) : Optional.empty();
    }

    public PortalUser user() {
        return user;
    }

    /** True while the person still has to add an authenticator, rather than use one. */
    public boolean enrolling() {
        return enrolmentKey != null;
    }

    public Optional<EnrolmentKey> enrolmentKey() {
        return Optional.ofNullable(enrolmentKey);
    }

    FactorGrantedAuthority passwordFactor() {
        return passwordFactor;
    }

    synchronized int countWrongCode() {
        return ++wrongCodes;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
