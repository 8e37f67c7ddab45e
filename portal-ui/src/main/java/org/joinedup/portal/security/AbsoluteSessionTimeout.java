package org.joinedup.portal.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that is older than the absolute timeout, however active it
 * has been, at its first request after it (between requests, {@link AbsoluteSessionSweep}
 * ends it). It only marks the session as ended; the concurrent-session filter right after
 * it then signs the person out exactly as when an administrator ends a session.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionTimeout.class);

    private final SignedInSessions sessions;
    private final Duration limit;

    AbsoluteSessionTimeout(SignedInSessions sessions, Duration limit) {
        this.sessions = sessions;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && sessions.endIfOlderThan(session.getId(), limit)) {
            log.info("A session reached the absolute timeout of {} at a request", limit);
        }
        chain.doFilter(request, response);
    }
}
