package org.joinedup.forums.ui;

import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.joinedup.forums.interfaceissues.InterfaceIssueFilter;
import org.joinedup.forums.interfaceissues.InterfaceIssueKind;
import org.joinedup.forums.interfaceissues.InterfaceIssueLog;
import org.joinedup.forums.interfaceissues.InterfaceIssueRoutes;
import org.joinedup.forums.interfaceissues.InterfaceIssueStatus;
import org.joinedup.forums.interfaceissues.InterfaceIssueSummary;
import org.joinedup.identity.people.OrganisationCard;
import org.joinedup.identity.people.Role;
import org.joinedup.platform.time.PortalTime;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The interface issues log: what is open where primary, secondary and community care meet,
 * counted for a design forum's agenda, filtered by status, kind and organisation and paged
 * through the service. Clinicians raise issues here.
 */
@Route(InterfaceIssueRoutes.LOG)
@PageTitle("Interface issues log | JoinedUp")
@Menu(order = 24, title = "Interface issues log", icon = "vaadin:clipboard-check")
@RolesAllowed({"CLINICIAN", "MODERATOR", "ADMIN"})
public class InterfaceIssuesView extends VerticalLayout {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", PortalTime.LOCALE);

    final Select<InterfaceIssueStatus> status = new Select<>();
    final Select<InterfaceIssueKind> kind = new Select<>();
    final ComboBox<OrganisationCard> organisation = new ComboBox<>("Organisation");
    final Grid<InterfaceIssueSummary> grid = new Grid<>();
    private final Div counts = new Div();
    private final InterfaceIssueLog log;

    InterfaceIssuesView(InterfaceIssueLog log) {
        this.log = log;
        addClassName("page");
        setSizeFull();

        status.setLabel("Status");
        status.setItems(InterfaceIssueStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "Any status" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(event -> refresh());
        kind.setLabel("Kind");
        kind.setItems(InterfaceIssueKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "Any kind" : value.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any kind");
        kind.addValueChangeListener(event -> refresh());
        organisation.setItemLabelGenerator(OrganisationCard::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder("Any organisation");
        organisation.addValueChangeListener(event -> refresh());
        Div filters = new Div(status, kind, organisation);
        filters.addClassName("filters");

        grid.addComponentColumn(issue -> link(issue.title(), InterfaceIssueRoutes.issue(issue.id())))
                .setHeader("Issue").setFlexGrow(3);
        grid.addColumn(issue -> issue.kind().label()).setHeader("Kind").setFlexGrow(2);
        grid.addColumn(issue -> issue.status().label()).setHeader("Status").setFlexGrow(1);
        grid.addColumn(InterfaceIssueSummary::ownerName).setHeader("Owned by").setFlexGrow(2);
        grid.addComponentColumn(this::due).setHeader("Due").setFlexGrow(1);
        grid.addColumn(issue -> issue.raisedByName() + ", " + PortalTime.date(issue.raisedAt())).setHeader("Raised")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Interface issues");

        add(new H1("Interface issues log"), new Paragraph("Problems where primary, secondary and community care meet: "
                + "who owns each, where it stands and what is overdue. Each issue has a thread in the Interface issues "
                + "forum."));
        if (signedInAsClinician()) {
            Button raise = new Button("Raise an issue", VaadinIcon.PLUS.create(), event -> new RaiseIssueDialog(log,
                    issue -> {
                        var raised = log.raise(issue);
                        Notification.show("Issue \u201c" + raised.title() + "\u201d raised", 3000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        reload();
                        return raised;
                    }).open());
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(raise);
        }
        add(new H2("Open issues"), counts, filters, grid);
        reload();
    }

    private void reload() {
        counts.removeAll();
        counts.add(new InterfaceIssueCountsPanel(log.counts()));
        organisation.setItems(log.organisationsInLog());
        refresh();
    }

    private void refresh() {
        InterfaceIssueFilter filter = new InterfaceIssueFilter(status.getValue(), kind.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id());
        grid.setItems(query -> log.issues(filter, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(log.count(filter)));
    }

    private Span due(InterfaceIssueSummary issue) {
        Span due = new Span(issue.dueDate().format(SHORT_DATE) + (issue.overdue() ? " (overdue)" : ""));
        if (issue.overdue()) {
            due.addClassName("interface-issue-overdue");
        }
        return due;
    }

    /** A link to another page of the portal, followed without reloading the application. */
    static Anchor link(String text, String address) {
        Anchor anchor = new Anchor(address, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    static boolean signedInAsClinician() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(Role.CLINICIAN.authority()::equals);
    }
}
