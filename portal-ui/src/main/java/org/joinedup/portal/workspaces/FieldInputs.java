package org.joinedup.portal.workspaces;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.joinedup.pathway.draft.FieldKind;

/** The text input a field's kind asks for: one line for short text, an area for the rest, limited to the field's length. */
final class FieldInputs {

    private FieldInputs() {
    }

    static TextFieldBase<?, String> text(String label, FieldKind kind, int limit) {
        if (kind == FieldKind.SHORT_TEXT) {
            TextField line = new TextField(label);
            line.setMaxLength(limit);
            return line;
        }
        TextArea area = new TextArea(kind == FieldKind.LINKS ? label + " (one address per line)" : label);
        area.setMaxLength(limit);
        area.setHelperText(kind == FieldKind.MARKDOWN ? "Markdown formatting is kept" : null);
        return area;
    }
}
