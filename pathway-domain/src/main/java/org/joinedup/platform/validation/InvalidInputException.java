package org.joinedup.platform.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * The one refusal a service gives for what was typed: each field concerned with what to
 * tell the person there, so a form can show every message beside its field and keep the
 * text. Well-formedness (required, too long) comes from Bean Validation on the command
 * records, checked at the service boundary and refused as this; rules only the service can
 * check (a wrong current password, a duplicate name) throw it themselves.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final Map<String, String> messages;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** @param messages each field's message, in the order the form should show them */
    public InvalidInputException(Map<String, String> messages) {
        this(messages.values().iterator().next(), messages);
    }

    /** @param summary all of it in one sentence, for a form that shows one message */
    protected InvalidInputException(String summary, Map<String, String> messages) {
        super(summary);
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        this.field = messages.keySet().iterator().next();
    }

    /**
     * A command refused by its annotations: each field with its first message. The field is
     * the last name on the violation's path: a record's component, or the parameter itself.
     */
    public static InvalidInputException of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> messages = new LinkedHashMap<>();
        violations.stream().sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(violation -> messages.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage()));
        return new InvalidInputException(messages);
    }

    /** The first field concerned. */
    public String field() {
        return field;
    }

    /** Every field concerned with its message. */
    public Map<String, String> messages() {
        return messages;
    }

    private static String field(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() != ElementKind.METHOD) {
                name = node.getName();
            }
        }
        return name;
    }
}
