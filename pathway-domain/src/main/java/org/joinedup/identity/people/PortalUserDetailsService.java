package org.joinedup.identity.people;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads local accounts for password sign-in; an e-mail address is the user name. After a
 * sign-in with a hash of an older algorithm, Spring Security hands back a new hash to keep.
 */
@Service
class PortalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger log = LoggerFactory.getLogger(PortalUserDetailsService.class);

    private final PersonRepository people;

    PortalUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Person person = people.findByEmail(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
        if (person.passwordHash() == null) {
            throw new UsernameNotFoundException("The account signs in through an identity provider only");
        }
        return portalUser(person);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        Person person = people.findByEmail(normalise(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
        person.changePasswordHash(newPasswordHash);
        log.info("Person {} signed in with a password hash of an older algorithm; it has been replaced",
                person.id());
        return portalUser(person);
    }

    /** How a typed e-mail address is matched to an account: case and surrounding spaces do not matter. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static PortalUser portalUser(Person person) {
        return new PortalUser(person.id(), person.email(), person.displayName(), person.passwordHash(),
                person.status(),
                person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }
}
