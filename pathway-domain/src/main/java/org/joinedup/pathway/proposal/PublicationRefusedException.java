package org.joinedup.pathway.proposal;

/** The proposal cannot be published: a setting has not agreed, or one objects. Nothing was published. */
public class PublicationRefusedException extends RuntimeException {

    public PublicationRefusedException(String message) {
        super(message);
    }
}
