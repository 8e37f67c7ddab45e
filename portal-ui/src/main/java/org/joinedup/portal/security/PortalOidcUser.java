package org.joinedup.portal.security;

import java.util.Collection;

import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.platform.audit.AuditActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an OpenID Connect provider: the provider's user, plus the
 * person it stands for and their roles as {@code ROLE_} authorities, so the rest of the
 * portal treats them as it treats a password sign-in. Like a password sign-in, it is named
 * by the account's e-mail address here, not by the provider's subject.
 */
class PortalOidcUser extends DefaultOidcUser implements SignedInPerson, AuditActor {

    private final long personId;
    private final String accountEmail;
    private final String displayName;

    PortalOidcUser(OidcUser provided, long personId, String accountEmail, String displayName,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities, provided.getIdToken(), provided.getUserInfo());
        this.personId = personId;
        this.accountEmail = accountEmail;
        this.displayName = displayName;
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String getName() {
        return accountEmail;
    }

    @Override
    public long auditActorId() {
        return personId;
    }

    @Override
    public String auditActorName() {
        return displayName;
    }
}
