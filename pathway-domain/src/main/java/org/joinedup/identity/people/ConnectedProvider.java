package org.joinedup.identity.people;

import java.time.Instant;

/**
 * A sign-in through an identity provider that a person has connected to their account.
 *
 * @param id             names the connection when disconnecting it
 * @param registrationId the provider's registration in the portal's configuration, e.g. {@code nhs-login}
 */
public record ConnectedProvider(long id, String registrationId, Instant connectedAt) {
}
