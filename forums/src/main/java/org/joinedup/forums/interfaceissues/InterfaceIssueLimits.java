package org.joinedup.forums.interfaceissues;

/** Lengths shared by the entities, the forms and, by comment, the migration. */
public final class InterfaceIssueLimits {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4_000;
    public static final int NOTE_MAX = 500;
    /** Organisations an issue may involve besides its owner. */
    public static final int ORGANISATIONS_MAX = 12;
    /** How far ahead a due date may be. */
    public static final int DUE_WITHIN_DAYS = 366;

    private InterfaceIssueLimits() {
    }
}
