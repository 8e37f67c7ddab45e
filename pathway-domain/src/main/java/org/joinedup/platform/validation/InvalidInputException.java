package org.joinedup.platform.validation;

/**
 * Input that is well formed but breaks a rule only the service can check (a wrong
 * current password, a weak new one). Names the field so a form can show the message
 * beside it.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
