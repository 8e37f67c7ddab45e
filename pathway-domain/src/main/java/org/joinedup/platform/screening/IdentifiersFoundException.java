package org.joinedup.platform.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.joinedup.platform.validation.InvalidInputException;

/**
 * A save refused because some of its text looks like it identifies a patient. It names
 * every field concerned with what was found there and where, so a form can say so beside
 * each field; the text itself is never part of it. As an {@link InvalidInputException} it
 * gives each field its message, and all of them in one sentence as its own message.
 */
public class IdentifiersFoundException extends InvalidInputException {

    private static final String WHY = "JoinedUp must not hold anything that could identify a patient.";

    private final Map<String, List<IdentifierFinding>> findingsByField;

    public IdentifiersFoundException(Map<String, List<IdentifierFinding>> findingsByField) {
        super(describe(findingsByField), messages(findingsByField));
        this.findingsByField = Collections.unmodifiableMap(new LinkedHashMap<>(findingsByField));
    }

    /** Each field with what was found in it, in the order the fields were screened. */
    public Map<String, List<IdentifierFinding>> findingsByField() {
        return findingsByField;
    }

    /** What to tell the person at one field: "Remove what looks like an NHS number at characters 12–21. …". */
    public static String messageFor(List<IdentifierFinding> findings) {
        return "Remove " + findings.stream().map(IdentifierFinding::describe).collect(Collectors.joining(" and "))
                + ". " + WHY;
    }

    private static Map<String, String> messages(Map<String, List<IdentifierFinding>> findingsByField) {
        Map<String, String> messages = new LinkedHashMap<>();
        findingsByField.forEach((field, findings) -> messages.put(field, messageFor(findings)));
        return messages;
    }

    private static String describe(Map<String, List<IdentifierFinding>> findingsByField) {
        if (findingsByField.size() == 1) {
            return messageFor(findingsByField.values().iterator().next());
        }
        return "Remove " + findingsByField.entrySet().stream()
                .map(field -> field.getValue().stream().map(IdentifierFinding::describe)
                        .collect(Collectors.joining(" and ")) + " in " + field.getKey())
                .collect(Collectors.joining("; ")) + ". " + WHY;
    }
}
