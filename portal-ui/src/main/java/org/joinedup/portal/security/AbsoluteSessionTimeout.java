package org.joinedup.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that is older than the absolute timeout, however active it
 * has been. It only marks the session as ended; the concurrent-session filter right
 * after it then signs the person out exactly as when an administrator ends a session.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionTimeout.class);

    private final SignedInSessions sessions;
    private final Clock clock;
    private final Duration limit;

    AbsoluteSessionTimeout(SignedInSessions sessions, Clock clock, Duration limit) {
        this.sessions = sessions;
        this.clock = clock;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            String id = session.getId();
            sessions.signedInAt(id)
                    .filter(signedIn -> !clock.instant().isBefore(signedIn.plus(limit)))
                    .ifPresent(signedIn -> {
                        SessionInformation information = sessions.getSessionInformation(id);
                        if (information != null && !information.isExpired()) {
                            log.info("A session signed in at {} reached the absolute timeout of {}", signedIn, limit);
                            information.expireNow();
                        }
                    });
        }
        chain.doFilter(request, response);
    }
}
