package org.joinedup.portal.changes;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.changes.VersionChanges;
import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.draft.SettingChange;

/**
 * One version's changes for a care setting: each change with what it means there, what it
 * is, and its fields before and after, shown exactly as written, never as markup.
 */
class SettingChangeList extends Div {

    SettingChangeList(VersionChanges version, CareSetting setting) {
        addClassName("setting-changes");
        if (version.forMySetting().isEmpty()) {
            Paragraph none = new Paragraph("Nothing in this version changes what " + setting.label() + " does.");
            none.addClassName("empty-state");
            add(none);
        }
        version.forMySetting().forEach(change -> add(change(change)));
        if (version.otherChanges() > 0) {
            add(new Paragraph((version.otherChanges() == 1 ? "1 other change does" : version.otherChanges()
                    + " other changes do") + " not touch " + setting.label() + "."));
        }
    }

    private static Div change(SettingChange change) {
        PathwayChange what = change.change();
        Div meanings = new Div();
        meanings.addClassName("chips");
        change.meanings().stream().sorted().forEach(meaning -> {
            Span chip = new Span(meaning.label());
            chip.addClassNames("chip", "chip-attention", "meaning");
            meanings.add(chip);
        });
        meanings.getElement().setAttribute("aria-label", "What it means for you: " + change.meanings().stream()
                .sorted().map(SettingChange.Meaning::label).collect(Collectors.joining(", ")));
        H4 heading = new H4(what.subject().label() + " " + what.kind().label().toLowerCase(Locale.ROOT) + ": \u201c"
                + what.title() + "\u201d");
        Div box = new Div(meanings, heading);
        box.addClassNames("change", "change-" + what.kind().name().toLowerCase(Locale.ROOT));
        if (!what.fields().isEmpty()) {
            NativeTable table = new NativeTable();
            table.addClassName("field-changes");
            NativeTableRow head = table.getHead().addRow();
            head.addHeaderCell().setText("Field");
            head.addHeaderCell().setText("Before");
            head.addHeaderCell().setText("After");
            for (PathwayChange.FieldChange field : what.fields()) {
                NativeTableRow row = table.getBody().addRow();
                row.addHeaderCell().setText(field.field());
                row.addDataCell().add(plain(field.before()));
                row.addDataCell().add(plain(field.after()));
            }
            box.add(table);
        }
        return box;
    }

    private static Span plain(String text) {
        Span span = new Span(text == null || text.isBlank() ? "(not stated)" : text);
        span.addClassName("field-text");
        return span;
    }
}
