package org.joinedup.identity.people;

import org.springframework.security.authentication.DisabledException;

/**
 * The password was right but the account cannot sign in. Raised only after the password
 * has been checked, so it tells nothing to someone who does not know it.
 */
public class InactiveAccountException extends DisabledException {

    private final AccountStatus status;

    public InactiveAccountException(AccountStatus status) {
        super("Account is " + status.label().toLowerCase(java.util.Locale.ROOT));
        this.status = status;
    }

    public AccountStatus status() {
        return status;
    }
}
