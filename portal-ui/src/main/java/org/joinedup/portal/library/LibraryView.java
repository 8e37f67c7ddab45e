package org.joinedup.portal.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.library.LibraryEntry;
import org.joinedup.pathway.library.LibraryFilter;
import org.joinedup.pathway.library.PathwayCopies;
import org.joinedup.pathway.library.PathwayLibrary;
import org.joinedup.platform.time.PortalTime;

/**
 * The pathway library: the latest published version of every pathway the person may look
 * up, by condition and locality, with filters. Clinicians open the published version, the
 * patient page and, as members, the workspace, and can copy a pathway to their own locality;
 * patient partners open the "what to expect" pages.
 */
@Route("library")
@PageTitle("Pathways | JoinedUp")
@Menu(order = 10, title = "Pathways", icon = "vaadin:book")
@PermitAll
public class LibraryView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    final Grid<LibraryEntry> grid = new Grid<>();
    final Paragraph empty = new Paragraph("No published pathway matches these filters.");
    final LibraryFilters filters;
    private final PathwayLibrary library;
    private final PathwayCopies copies;
    private final boolean clinician;
    private LibraryFilter filter = LibraryFilter.NONE;

    LibraryView(PathwayLibrary library, PathwayCopies copies, AuthenticationContext authentication) {
        this.library = library;
        this.copies = copies;
        this.clinician = authentication.hasRole(Role.CLINICIAN.name());
        addClassNames("page", "library-page");
        add(new H1("Pathways"));
        add(new Paragraph(clinician
                ? "Every agreed care pathway you can look up, at its latest published version. Reading needs no "
                        + "membership; changes are made and agreed in each pathway's workspace."
                : "Care pathways agreed by the people who deliver them. Each one shows what to expect at every step."));
        filters = new LibraryFilters(library.localities(), changed -> {
            filter = changed;
            refresh();
        });
        grid.addComponentColumn(this::pathway).setHeader("Pathway").setKey("pathway").setFlexGrow(3);
        grid.addColumn(entry -> "Version " + entry.versionNumber() + ", published " + PortalTime.date(entry.publishedAt()))
                .setHeader("Version").setKey("version").setFlexGrow(2);
        if (clinician) {
            grid.addColumn(LibraryView::agreements).setHeader("Agreed by").setKey("agreements").setFlexGrow(3);
        }
        grid.addComponentColumn(LibraryView::review).setHeader("Next review").setFlexGrow(2);
        grid.addComponentColumn(this::links).setHeader("Open").setKey("links").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Published pathways");
        grid.setPageSize(25);
        grid.setItems(query -> library.entries(filter, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(library.count(filter)));
        empty.addClassName("empty-state");
        add(filters, empty, grid);
        refresh();
    }

    private void refresh() {
        boolean none = library.count(filter) == 0;
        empty.setText(filter.equals(LibraryFilter.NONE)
                ? "No pathway has been published yet." : "No published pathway matches these filters.");
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    private Component pathway(LibraryEntry entry) {
        Div cell = new Div(link(entry.title(), entry.readsVersion() ? print(entry) : patient(entry)));
        if (entry.member()) {
            cell.add(chip("Your workspace: " + entry.myRole().label().toLowerCase(PortalTime.LOCALE), "info"));
        }
        if (entry.confidential()) {
            cell.add(chip("Confidential: members only", "attention"));
        }
        return cell;
    }

    private Component links(LibraryEntry entry) {
        Div cell = new Div();
        cell.addClassName("library-links");
        if (entry.readsVersion()) {
            cell.add(link("Published version", print(entry)));
        }
        cell.add(link("What to expect", patient(entry)));
        if (entry.member()) {
            cell.add(link("Workspace", "workspaces/" + entry.workspaceId()));
        }
        if (clinician && entry.readsVersion()) {
            Button copy = new Button("Copy to my locality", event -> new CopyDialog(copies, entry,
                    created -> getUI().ifPresent(ui -> ui.navigate("workspaces/" + created.id()))).open());
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            copy.setAriaLabel("Copy " + entry.title() + " to my locality");
            cell.add(copy);
        }
        return cell;
    }

    private static String agreements(LibraryEntry entry) {
        return entry.agreements().stream()
                .map(agreement -> agreement.careSetting().label() + ": " + agreement.agreedBy() + ", "
                        + PortalTime.date(agreement.agreedAt()))
                .collect(Collectors.joining("; "));
    }

    private static Component review(LibraryEntry entry) {
        return entry.reviewOverdue() ? chip("Overdue since " + day(entry.reviewDue()), "error")
                : new Span(day(entry.reviewDue()));
    }

    private static String print(LibraryEntry entry) {
        return "workspaces/" + entry.workspaceId() + "/versions/" + entry.versionNumber() + "/print";
    }

    private static String patient(LibraryEntry entry) {
        return "workspaces/" + entry.workspaceId() + "/versions/" + entry.versionNumber() + "/patient";
    }

    private static Anchor link(String text, String address) {
        Anchor anchor = new Anchor(address, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    private static Span chip(String text, String kind) {
        Span chip = new Span(text);
        chip.addClassNames("chip", "chip-" + kind);
        return chip;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
