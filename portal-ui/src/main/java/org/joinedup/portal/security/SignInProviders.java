package org.joinedup.portal.security;

import java.util.List;
import java.util.Set;

import org.joinedup.identity.people.Role;

/** The identity providers people can sign in through, for pages outside sign-in that offer them. */
public interface SignInProviders {

    /** A configured provider: its registration id and the name people know it by. */
    record Provider(String id, String name) {
    }

    /** Every configured provider, by name. */
    List<Provider> all();

    /** The providers through which someone holding these roles may sign in, by name. */
    List<Provider> openTo(Set<Role> roles);
}
