package org.joinedup.pathway.draft;

import java.util.Arrays;
import java.util.Optional;

/** What the field lists ({@link StepField}, {@link HandoverField}) say about each of their fields. */
public interface DraftField {

    /** A field's name, what it holds and how long it may be. */
    record Spec(String property, String label, FieldKind kind, int limit) {
    }

    Spec spec();

    /** The component's name in the value record, as validation and screening name the field. */
    default String property() {
        return spec().property();
    }

    /** What the field is called wherever it is shown. */
    default String label() {
        return spec().label();
    }

    default FieldKind kind() {
        return spec().kind();
    }

    /** The most characters it holds; 0 for a field that is not typed. */
    default int limit() {
        return spec().limit();
    }

    /** Whether the text is Markdown, rendered through the sanitiser. */
    default boolean markdown() {
        return kind() == FieldKind.MARKDOWN;
    }

    /** The field of a list that a refusal or a finding names by its property. */
    static <F extends Enum<F> & DraftField> Optional<F> byProperty(Class<F> list, String property) {
        return Arrays.stream(list.getEnumConstants()).filter(field -> field.property().equals(property)).findFirst();
    }
}
