package org.joinedup.portal.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Ends, once a minute, every session that has reached the absolute timeout, so that a tab
 * left open and making no requests stops receiving live content within a minute of it.
 */
class AbsoluteSessionSweep {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionSweep.class);

    private final SignedInSessions sessions;
    private final Duration limit;

    AbsoluteSessionSweep(SignedInSessions sessions, Duration limit) {
        this.sessions = sessions;
        this.limit = limit;
    }

    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    void endTimedOutSessions() {
        int ended = sessions.endOlderThan(limit);
        if (ended > 0) {
            log.info("Ended {} session(s) that reached the absolute timeout of {}", ended, limit);
        }
    }
}
