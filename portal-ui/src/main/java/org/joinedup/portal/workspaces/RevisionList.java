package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.history.DraftRevisionEntry;
import org.joinedup.pathway.history.RevisionAction;
import org.joinedup.platform.time.PortalTime;

/**
 * Changes to the draft, newest first, paged through the callbacks it is given: when, who,
 * what changed and the fields before and after. Texts are shown exactly as written. On the
 * whole draft's history each change links to the history of its item.
 */
class RevisionList extends Div {

    /** A page of changes, newest first. */
    interface Changes {
        List<DraftRevisionEntry> fetch(int offset, int limit);
    }

    final Grid<DraftRevisionEntry> grid = new Grid<>();
    private final Paragraph empty;

    /** {@code itemLink} gives the address of an item's own history, or null to show no link. */
    RevisionList(String emptyText, Function<DraftRevisionEntry, String> itemLink) {
        addClassName("revision-list");
        empty = new Paragraph(emptyText);
        empty.addClassName("empty-state");
        grid.addColumn(entry -> PortalTime.dateTime(entry.changedAt())).setHeader("When").setFlexGrow(0).setWidth("11em");
        grid.addColumn(DraftRevisionEntry::changedBy).setHeader("Who").setFlexGrow(1);
        grid.addComponentColumn(entry -> what(entry, itemLink)).setHeader("What").setKey("what").setFlexGrow(2);
        grid.addComponentColumn(RevisionList::difference).setHeader("Difference").setKey("difference").setFlexGrow(5);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(20);
        grid.addClassName("revision-grid");
        add(empty, grid);
    }

    /** Shows the changes, a page at a time, from the newest. */
    void show(Changes changes, LongSupplier count) {
        long total = count.getAsLong();
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
        grid.setItems(query -> changes.fetch(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(count.getAsLong()));
    }

    /** For example "Step saved: “Annual kidney check” in Recognition". */
    static String describe(DraftRevisionEntry entry) {
        String done = entry.subject() == PathwayChange.Subject.STAGE && entry.action() == RevisionAction.SAVED
                ? "renamed" : entry.action().label().toLowerCase(Locale.ROOT);
        String where = entry.place().isEmpty() ? "" : " in " + entry.place();
        return entry.subject().label() + " " + done + ": \u201c" + entry.title() + "\u201d" + where;
    }

    private static Component what(DraftRevisionEntry entry, Function<DraftRevisionEntry, String> itemLink) {
        Div what = new Div(new Span(describe(entry)));
        String address = itemLink == null ? null : itemLink.apply(entry);
        if (address != null) {
            var link = WorkspaceRoutes.link("History of this " + entry.subject().label().toLowerCase(Locale.ROOT), address);
            link.addClassName("revision-item-link");
            what.add(link);
        }
        return what;
    }

    private static Component difference(DraftRevisionEntry entry) {
        if (entry.fields().isEmpty()) {
            Span none = new Span("No field changed");
            none.addClassName("revision-nothing");
            return none;
        }
        NativeTable table = new NativeTable();
        table.addClassName("field-changes");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Field");
        head.addHeaderCell().setText("Before");
        head.addHeaderCell().setText("After");
        for (PathwayChange.FieldChange field : entry.fields()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(field.field());
            row.addDataCell().add(WorkspaceFormat.plain(field.before(), "field-text"));
            row.addDataCell().add(WorkspaceFormat.plain(field.after(), "field-text"));
        }
        return table;
    }
}
