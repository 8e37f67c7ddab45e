package org.joinedup.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.ExternalAccount;
import org.joinedup.identity.people.ExternalIdentityClaims;
import org.joinedup.identity.people.ExternalSignIn;
import org.joinedup.identity.people.ExternalSignInRefusedException;
import org.joinedup.identity.people.InactiveAccountException;
import org.joinedup.identity.people.Role;
import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.identity.twofactor.SecondFactorPending;
import org.joinedup.identity.twofactor.SecondFactorRule;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns a provider's checked ID token into the person it stands for. Spring Security has
 * already checked the token's signature, issuer, audience, expiry and subject; this adds
 * the portal's own rules: an e-mail address is required, the account is found or created
 * by {@link ExternalSignIn} within the roles the provider may sign in, and only active
 * accounts are let in. The sign-in carries the authorization-code factor, so staff still
 * give their authenticator code, unless a trusted provider says it checked several factors.
 * <p>
 * A return that a signed-in person started from their profile to connect this provider
 * signs nobody in: the identity is kept in their session for them to confirm.
 */
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ExternalSignIn externalSignIn;
    private final Map<String, OidcClaimRules> rules;
    private final Clock clock;

    OidcAccountService(ExternalSignIn externalSignIn, Map<String, OidcClaimRules> rules, Clock clock) {
        this.externalSignIn = externalSignIn;
        this.rules = Map.copyOf(rules);
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw new OidcSignInRefused(SignInProblem.PROVIDER, registrationId,
                    "The ID token from " + registrationId + " has no e-mail claim");
        }
        OidcClaimRules providerRules = rules.get(registrationId);
        ExternalIdentityClaims claims = providerRules.read(registrationId, user);
        Optional<WrappedSession> session = currentSession();
        Optional<ProviderLinks.Intent> intent = session.flatMap(ProviderLinks::takeIntent);
        if (intent.isPresent()) {
            throw offerToConnect(session.get(), intent.get(), claims, request.getClientRegistration().getClientName());
        }
        ExternalAccount account;
        try {
            account = externalSignIn.signIn(claims, providerRules.allowedRoles());
        } catch (ExternalSignInRefusedException refused) {
            throw new OidcSignInRefused(problemFor(refused.reason()), registrationId, refused.getMessage());
        }
        if (account.created()) {
            throw new OidcSignInRefused(SignInProblem.REQUESTED, registrationId,
                    "Person " + account.personId() + " was created by this sign-in and waits for approval");
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw new InactiveAccountException(account.status());
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        Instant now = clock.instant();
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                .issuedAt(now).build());
        if (providerRules.assertsMultipleFactors(user)) {
            authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorRule.PROVIDER_MFA).issuedAt(now).build());
        }
        return new PortalOidcUser(user, account.personId(), account.email(), account.displayName(), authorities);
    }

    /**
     * Keeps the confirmed identity for the person who asked to connect it, provided they
     * are still the one fully signed in here, and ends this sign-in attempt.
     */
    private ProviderLinkStep offerToConnect(WrappedSession session, ProviderLinks.Intent intent,
            ExternalIdentityClaims identity, String providerName) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean sameFullSignIn = signedIn != null && !(signedIn instanceof SecondFactorPending)
                && signedIn.getPrincipal() instanceof SignedInPerson person && person.personId() == intent.personId();
        Instant now = clock.instant();
        if (!sameFullSignIn || !intent.registrationId().equals(identity.registrationId())
                || !now.isBefore(intent.expiresAt())) {
            ProviderLinks.refuse(session, "Connecting took too long or was interrupted, so nothing was connected. "
                    + "Please start again from your profile.");
            return new ProviderLinkStep("A return from " + identity.registrationId() + " to connect it for person "
                    + intent.personId() + " came too late, from another provider, or after signing out");
        }
        String shownAs = identity.email() == null ? identity.subject() : identity.email();
        ProviderLinks.offer(session, new ProviderLinks.Offer(intent.personId(), identity.registrationId(), providerName,
                shownAs, identity, now.plus(ProviderLinks.LIFETIME)));
        return new ProviderLinkStep("Person " + intent.personId() + " signed in at " + identity.registrationId()
                + " to connect it; waiting for them to confirm");
    }

    private static Optional<WrappedSession> currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(false)).map(WrappedHttpSession::new)
                : Optional.empty();
    }

    private static SignInProblem problemFor(ExternalSignInRefusedException.Reason reason) {
        return switch (reason) {
            case UNVERIFIED_EMAIL -> SignInProblem.UNVERIFIED_EMAIL;
            case ACCOUNT_EXISTS -> SignInProblem.ACCOUNT_EXISTS;
            case ROLE_NOT_ALLOWED -> SignInProblem.NOT_FOR_PROVIDER;
            default -> SignInProblem.PROVIDER;
        };
    }
}
