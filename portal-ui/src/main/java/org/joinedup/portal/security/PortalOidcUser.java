package org.joinedup.portal.security;

import java.util.Collection;

import org.joinedup.pathway.audit.AuditActor;
import org.joinedup.pathway.people.SignedInPerson;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an OpenID Connect provider: the provider's user, plus the
 * person it stands for and their roles as {@code ROLE_} authorities, so the rest of the
 * portal treats them as it treats a password sign-in.
 */
class PortalOidcUser extends DefaultOidcUser implements SignedInPerson, AuditActor {

    private final long personId;
    private final String displayName;

    PortalOidcUser(OidcUser provided, long personId, String displayName,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities, provided.getIdToken(), provided.getUserInfo());
        this.personId = personId;
        this.displayName = displayName;
    }

    @Override
    public long personId() {
        return personId;
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
