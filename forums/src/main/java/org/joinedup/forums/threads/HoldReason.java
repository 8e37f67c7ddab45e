package org.joinedup.forums.threads;

/** Why a post waits for a moderator; the explanation is what its author is told. */
public enum HoldReason {
    IDENTIFIERS("It may identify a patient. JoinedUp is not a clinical record, so a moderator reads posts like this "
            + "before anyone else sees them."),
    FIRST_POSTS("A moderator reads the first posts of every new patient partner before they appear."),
    LONG("It is very long, so a moderator reads it before it appears."),
    LINKS("It has many links, so a moderator reads it before it appears."),
    REPEATED("It repeats, word for word, a post you wrote in the last day, so a moderator reads it before it "
            + "appears."),
    FLAGGED("Several people flagged it, so it is hidden until a moderator has read it.");

    private final String explanation;

    HoldReason(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
