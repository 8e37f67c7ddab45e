package org.joinedup.identity.people;

/**
 * What an administrator is looking for in the people directory. Every part is optional
 * (blank or null means "any"); the parts that are given must all match.
 *
 * @param text           words of the name (typed prefixes too) or a whole e-mail address
 * @param organisationId people of this organisation only
 */
public record PeopleFilter(String text, Long organisationId, Role role, CareSetting careSetting,
        AccountStatus status) {

    /** Everyone, by name. */
    public static final PeopleFilter EVERYONE = new PeopleFilter("", null, null, null, null);

    public static PeopleFilter byText(String text) {
        return new PeopleFilter(text, null, null, null, null);
    }
}
