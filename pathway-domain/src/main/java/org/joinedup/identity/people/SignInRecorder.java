package org.joinedup.identity.people;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps "last signed in" up to date, which the dashboard shows so people can spot use they did not make. */
@Component
class SignInRecorder {

    private final PersonRepository people;
    private final Clock clock;

    SignInRecorder(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInPerson user) {
            people.recordSignIn(user.personId(), clock.instant());
        }
    }
}
