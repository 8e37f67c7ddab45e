package org.joinedup.platform.throttle;

import java.util.Optional;

/**
 * The network address of the request being served. The portal implements it from the
 * servlet request, as its sign-in throttle reads it; without a request (a scheduled job,
 * a test without a portal) there is none.
 */
@FunctionalInterface
public interface ClientAddress {

    Optional<String> current();
}
