package org.joinedup.portal.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A sign-in through an identity provider as the portal builds it: a {@link PortalOidcUser}
 * carrying the person's roles and no password factor, in the token Spring Security's
 * OpenID Connect login returns.
 */
public final class ProviderSignIns {

    private ProviderSignIns() {
    }

    public static Authentication of(long personId, String displayName, Collection<? extends GrantedAuthority> roles) {
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", "person-" + personId, "email", "person-" + personId + "@provider.example"));
        PortalOidcUser user = new PortalOidcUser(new DefaultOidcUser(roles, idToken), personId,
                "person-" + personId + "@demo.joinedup.example", displayName, roles);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "provider");
    }
}
