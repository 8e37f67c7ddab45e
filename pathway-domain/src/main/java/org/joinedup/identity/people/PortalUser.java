package org.joinedup.identity.people;

import java.util.Collection;

import org.joinedup.platform.audit.AuditActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: Spring Security's user plus the person's id, which never
 * changes, and the name they had at sign-in, which the audit trail records.
 */
public class PortalUser extends User implements AuditActor, SignedInPerson {

    private final long personId;
    private final String displayName;
    private final AccountStatus status;

    /**
     * Always "enabled" for Spring Security's checks before the password: the account's
     * status is checked after it ({@link PasswordSignInConfiguration}), so it is never
     * revealed to someone who does not know the password.
     */
    PortalUser(long personId, String email, String displayName, String passwordHash, AccountStatus status,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, true, true, true, true, authorities);
        this.personId = personId;
        this.displayName = displayName;
        this.status = status;
    }

    public AccountStatus status() {
        return status;
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
