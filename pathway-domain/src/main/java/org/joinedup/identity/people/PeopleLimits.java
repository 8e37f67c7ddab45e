package org.joinedup.identity.people;

/** Column sizes shared by the entities, the forms and the migration that creates the tables. */
public final class PeopleLimits {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PROFESSION_MAX = 100;
    public static final int ORGANISATION_NAME_MAX = 200;
    public static final int PASSWORD_MIN = 12;
    /** Long passphrases are welcome; the cap only keeps hashing cheap. */
    public static final int PASSWORD_MAX = 128;
    /** The stored hash, with its algorithm's name in front. */
    public static final int PASSWORD_HASH_MAX = 255;

    private PeopleLimits() {
    }
}
