package org.joinedup.identity.twofactor;

import java.time.Instant;

/**
 * Where a person's two-step sign-in stands.
 *
 * @param setUp             an authenticator is in use
 * @param setUpAt           when it was set up, or null
 * @param recoveryCodesLeft unused recovery codes
 * @param required          the person holds a staff role, so it cannot be turned off
 */
public record SecondFactorStatus(boolean setUp, Instant setUpAt, long recoveryCodesLeft, boolean required) {
}
