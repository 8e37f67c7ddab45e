package org.joinedup.platform.screening;

/** The kinds of identifier screening looks for, each with how a sentence names it. */
public enum IdentifierKind {
    NHS_NUMBER("an NHS number"),
    DATE_OF_BIRTH("a date of birth"),
    PHONE_NUMBER("a phone number"),
    POSTCODE_WITH_ADDRESS("an address with a postcode"),
    EMAIL_ADDRESS("an e-mail address");

    private final String description;

    IdentifierKind(String description) {
        this.description = description;
    }

    /** As a sentence names it: "an NHS number". */
    public String description() {
        return description;
    }
}
