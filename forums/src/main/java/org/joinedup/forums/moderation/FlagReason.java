package org.joinedup.forums.moderation;

/** Why a reader flags a post; the label is what they choose from. */
public enum FlagReason {
    IDENTIFIES_SOMEONE("It could identify a patient or someone else"),
    UNKIND("It is unkind, rude or abusive"),
    UNSAFE_ADVICE("It gives health advice that could be unsafe"),
    SPAM("It is spam or advertising"),
    OFF_TOPIC("It does not belong in this forum"),
    OTHER("Something else");

    private final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
