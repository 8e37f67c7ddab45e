package org.joinedup.pathway.people;

import java.util.Collection;

import org.joinedup.pathway.audit.AuditActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: Spring Security's user plus the person's id, which never
 * changes, and the name they had at sign-in, which the audit trail records.
 */
public class PortalUser extends User implements AuditActor {

    private final long personId;
    private final String displayName;

    PortalUser(long personId, String email, String displayName, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.personId = personId;
        this.displayName = displayName;
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
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
