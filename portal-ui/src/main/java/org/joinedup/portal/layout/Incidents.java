package org.joinedup.portal.layout;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected failure under a short reference the user can quote to an administrator. */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);
    private static final SecureRandom random = new SecureRandom();

    private Incidents() {
    }

    static String log(String activity, Throwable failure) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        String reference = HexFormat.of().withUpperCase().formatHex(bytes);
        log.error("Incident {}: {} failed", reference, activity, failure);
        return reference;
    }
}
