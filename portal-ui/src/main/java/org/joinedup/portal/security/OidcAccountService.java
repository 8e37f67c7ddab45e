package org.joinedup.portal.security;

import java.util.Map;

import org.joinedup.pathway.people.AccountStatus;
import org.joinedup.pathway.people.ExternalAccount;
import org.joinedup.pathway.people.ExternalSignIn;
import org.joinedup.pathway.people.ExternalSignInRefusedException;
import org.joinedup.pathway.people.InactiveAccountException;
import org.joinedup.pathway.people.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a provider's checked ID token into the person it stands for. Spring Security has
 * already checked the token's signature, issuer, audience, expiry and subject; this adds
 * the portal's own rules: an e-mail address is required, the account is found, linked or
 * created by {@link ExternalSignIn}, and only active accounts are let in.
 */
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ExternalSignIn externalSignIn;
    private final Map<String, OidcClaimRules> rules;

    OidcAccountService(ExternalSignIn externalSignIn, Map<String, OidcClaimRules> rules) {
        this.externalSignIn = externalSignIn;
        this.rules = Map.copyOf(rules);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw new OidcSignInRefused(SignInProblem.PROVIDER,
                    "The ID token from " + registrationId + " has no e-mail claim");
        }
        ExternalAccount account;
        try {
            account = externalSignIn.signIn(
                    rules.getOrDefault(registrationId, OidcClaimRules.NONE).read(registrationId, user));
        } catch (ExternalSignInRefusedException refused) {
            SignInProblem problem = refused.reason() == ExternalSignInRefusedException.Reason.UNVERIFIED_EMAIL
                    ? SignInProblem.UNVERIFIED_EMAIL : SignInProblem.PROVIDER;
            throw new OidcSignInRefused(problem, refused.getMessage());
        }
        if (account.created()) {
            throw new OidcSignInRefused(SignInProblem.REQUESTED,
                    "Person " + account.personId() + " was created by this sign-in and waits for approval");
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw new InactiveAccountException(account.status());
        }
        return new PortalOidcUser(user, account.personId(), account.displayName(),
                account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
    }
}
