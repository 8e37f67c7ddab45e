package org.joinedup.portal.workspaces;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;

/** Who else has the draft open, by name; hidden when nobody else has. */
class PresenceBar extends Paragraph {

    PresenceBar() {
        addClassName("also-here");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    void show(List<String> others) {
        Quietly.setText(this, others.isEmpty() ? "" : "Also here: " + String.join(", ", others));
        setVisible(!others.isEmpty());
    }
}
