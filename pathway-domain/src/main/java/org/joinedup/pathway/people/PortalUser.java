package org.joinedup.pathway.people;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring Security's user plus the person's id, which never changes. */
public class PortalUser extends User {

    private final long personId;

    PortalUser(long personId, String email, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.personId = personId;
    }

    public long personId() {
        return personId;
    }
}
