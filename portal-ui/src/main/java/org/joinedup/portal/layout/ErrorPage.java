package org.joinedup.portal.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** What every error page shows: a heading, what happened in plain words, and the way back. */
abstract class ErrorPage extends Main {

    final Paragraph details = new Paragraph();

    ErrorPage(String heading, String explanation) {
        addClassName("error-page");
        details.setVisible(false);
        add(new H1(heading), new Paragraph(explanation), details, new Anchor("", "Go to your dashboard"));
    }

    void showDetails(String text) {
        details.setText(text);
        details.setVisible(true);
    }
}
