package org.joinedup.portal.security;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on signed-in sessions beyond the inactivity timeout
 * ({@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout how long after signing in a session ends however active it has
 *                        been ({@code JOINEDUP_SESSION_ABSOLUTE_TIMEOUT})
 */
@ConfigurationProperties("joinedup.session")
@Validated
record SessionProperties(
        @DefaultValue("12h") @DurationMin(minutes = 1, message = "must be at least one minute") Duration absoluteTimeout) {
}
