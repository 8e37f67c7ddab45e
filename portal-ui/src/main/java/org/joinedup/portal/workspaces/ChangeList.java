package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange;

/**
 * Changes between two versions of a pathway, each as a heading (what, which kind of change,
 * which settings it concerns) and a table of its fields before and after. Texts are shown
 * exactly as written, never interpreted as markup.
 */
class ChangeList extends Div {

    private final String emptyText;

    ChangeList(String emptyText) {
        this.emptyText = emptyText;
        addClassName("change-list");
    }

    void show(List<PathwayChange> changes) {
        removeAll();
        if (changes.isEmpty()) {
            Paragraph none = new Paragraph(emptyText);
            none.addClassName("empty-state");
            add(none);
            return;
        }
        changes.forEach(change -> add(change(change)));
    }

    private static Div change(PathwayChange change) {
        H4 heading = new H4(change.subject().label() + " " + change.kind().label().toLowerCase(java.util.Locale.ROOT)
                + ": \u201c" + change.title() + "\u201d");
        Div box = new Div(heading);
        box.addClassNames("change", "change-" + change.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (!change.settings().isEmpty()) {
            Div settings = new Div();
            settings.addClassName("chips");
            change.settings().stream().sorted().map(CareSetting::label)
                    .forEach(label -> settings.add(WorkspaceFormat.chip(label, "setting")));
            settings.getElement().setAttribute("aria-label", "Settings concerned: " + change.settings().stream()
                    .sorted().map(CareSetting::label).collect(Collectors.joining(", ")));
            box.add(settings);
        }
        if (!change.fields().isEmpty()) {
            NativeTable table = new NativeTable();
            table.addClassName("field-changes");
            NativeTableRow head = table.getHead().addRow();
            head.addHeaderCell().setText("Field");
            head.addHeaderCell().setText("Before");
            head.addHeaderCell().setText("After");
            for (PathwayChange.FieldChange field : change.fields()) {
                NativeTableRow row = table.getBody().addRow();
                row.addHeaderCell().setText(field.field());
                row.addDataCell().add(WorkspaceFormat.plain(field.before(), "field-text"));
                row.addDataCell().add(WorkspaceFormat.plain(field.after(), "field-text"));
            }
            box.add(table);
        }
        return box;
    }
}
