package org.joinedup.portal.workspaces;

import java.util.Objects;

import com.vaadin.flow.component.HasText;

/**
 * Sets text only when it differs. Vaadin replaces a text node even when the words are the
 * same, and every replaced node is pushed to each co-editor's browser: a live update that
 * changes nothing must send nothing.
 */
final class Quietly {

    private Quietly() {
    }

    static void setText(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }
}
