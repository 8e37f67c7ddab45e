package org.joinedup.identity.people;

import java.io.Serializable;
import java.util.Set;

/**
 * What an identity provider said about a person, already put in the portal's terms by that
 * provider's claim rules. Roles, organisation and care setting are used only when the
 * first sign-in creates an account; after that the portal's administrators own them.
 * Serializable, because an identity waiting for its owner to confirm connecting it is kept
 * in their session.
 *
 * @param registrationId   the provider's registration in the portal's configuration, e.g. {@code nhs-login}
 * @param issuer           the provider's issuer ({@code iss}), which with the subject names the identity
 * @param subject          the provider's identifier for the person ({@code sub})
 * @param email            null when the provider gave none
 * @param emailVerified    whether the provider says it has confirmed the address
 * @param displayName      how the person is shown; null when the provider gave no name
 * @param realName         the person's full name; null when the provider gave none
 * @param organisationName the name of an organisation known to the portal, or null
 * @param careSetting      null when the provider's claims name none
 */
public record ExternalIdentityClaims(String registrationId, String issuer, String subject, String email,
        boolean emailVerified, String displayName, String realName, Set<Role> roles, String organisationName,
        CareSetting careSetting) implements Serializable {

    public ExternalIdentityClaims {
        roles = Set.copyOf(roles);
    }
}
