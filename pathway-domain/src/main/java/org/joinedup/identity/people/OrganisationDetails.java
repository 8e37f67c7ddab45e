package org.joinedup.identity.people;

/**
 * An organisation as administrators see it.
 *
 * @param version goes back with a change, so an edit made on an out-of-date page is refused
 * @param people  how many accounts belong to it
 */
public record OrganisationDetails(long id, long version, String name, OrganisationKind kind, long people) {
}
