package org.joinedup.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * Spring Security's registry of signed-in sessions, which also remembers when each one
 * signed in, for the absolute timeout. Sessions leave it when they end, through the
 * container's session events. A session ended on purpose is marked here, signed out at its
 * next request, and its open pages close at once.
 */
class SignedInSessions extends SessionRegistryImpl {

    private final Map<String, Instant> signedInAt = new ConcurrentHashMap<>();
    private final Clock clock;
    private final OpenPages pages;

    SignedInSessions(Clock clock, OpenPages pages) {
        this.clock = clock;
        this.pages = pages;
    }

    /** Ends a session: signed out at its next request; its open pages close now and hear nothing more. */
    void end(SessionInformation session) {
        session.expireNow();
        pages.closeAll(session.getSessionId());
    }

    /**
     * Ends the session if it signed in at least {@code limit} ago and is not ended yet.
     *
     * @return whether it was ended now
     */
    boolean endIfOlderThan(String sessionId, Duration limit) {
        Instant started = signedInAt.get(sessionId);
        SessionInformation session = getSessionInformation(sessionId);
        if (started == null || session == null || session.isExpired()
                || clock.instant().isBefore(started.plus(limit))) {
            return false;
        }
        end(session);
        return true;
    }

    /** Ends every session that signed in at least {@code limit} ago; returns how many. */
    int endOlderThan(Duration limit) {
        int ended = 0;
        for (String sessionId : List.copyOf(signedInAt.keySet())) {
            if (endIfOlderThan(sessionId, limit)) {
                ended++;
            }
        }
        return ended;
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
}
