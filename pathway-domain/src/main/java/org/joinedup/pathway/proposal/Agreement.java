package org.joinedup.pathway.proposal;

import java.time.Instant;

import org.joinedup.identity.people.CareSetting;

/** A setting's agreement that counted towards publishing a version. */
public record Agreement(CareSetting careSetting, String agreedBy, Instant agreedAt, int revision) {
}
