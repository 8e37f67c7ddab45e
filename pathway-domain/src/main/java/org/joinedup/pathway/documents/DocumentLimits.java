package org.joinedup.pathway.documents;

/** Lengths shared by the upload record, the form and (by comment) the migration. */
public final class DocumentLimits {

    public static final int TITLE_MAX = 200;
    public static final int FILE_NAME_MAX = 255;

    private DocumentLimits() {
    }
}
