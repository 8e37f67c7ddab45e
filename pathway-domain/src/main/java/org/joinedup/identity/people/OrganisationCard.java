package org.joinedup.identity.people;

/** What another feature may know about an organisation it refers to by id: its name and kind. */
public record OrganisationCard(long id, String name, OrganisationKind kind) {
}
