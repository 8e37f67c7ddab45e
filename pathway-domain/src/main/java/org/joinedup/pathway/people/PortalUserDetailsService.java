package org.joinedup.pathway.people;

import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads local accounts for password sign-in; an e-mail address is the user name. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PortalUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Person person = people.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
        if (person.passwordHash() == null) {
            throw new UsernameNotFoundException("The account signs in through an identity provider only");
        }
        return new PortalUser(person.id(), person.email(), person.displayName(), person.passwordHash(),
                person.status(),
                person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }
}
