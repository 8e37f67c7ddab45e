package org.joinedup.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * Spring Security's registry of signed-in sessions, which also remembers when each one
 * signed in, for the absolute timeout. Sessions leave it when they end, through the
 * container's session events.
 */
class SignedInSessions extends SessionRegistryImpl {

    private final Map<String, Instant> signedInAt = new ConcurrentHashMap<>();
    private final Clock clock;

    SignedInSessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        signedInAt.put(sessionId, clock.instant());
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        super.removeSessionInformation(sessionId);
        signedInAt.remove(sessionId);
    }

    /** A changed session id keeps the time its session signed in. */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        if (event instanceof SessionIdChangedEvent changed) {
            Instant started = signedInAt.get(changed.getOldSessionId());
            super.onApplicationEvent(event);
            if (started != null && getSessionInformation(changed.getNewSessionId()) != null) {
                signedInAt.put(changed.getNewSessionId(), started);
            }
        } else {
            super.onApplicationEvent(event);
        }
    }

    Optional<Instant> signedInAt(String sessionId) {
        return Optional.ofNullable(signedInAt.get(sessionId));
    }
}
