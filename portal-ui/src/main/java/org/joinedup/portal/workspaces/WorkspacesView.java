package org.joinedup.portal.workspaces;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.platform.time.PortalTime;

/**
 * The pathway workspaces the person belongs to, each with what needs their attention;
 * for staff also the workspaces open to every clinician, and a way to open a new one; for
 * administrators the workspaces left without a convenor.
 */
@Route("workspaces")
@PageTitle("Workspaces | JoinedUp")
@Menu(order = 11, title = "Workspaces", icon = "vaadin:connect-o")
@PermitAll
public class WorkspacesView extends VerticalLayout {

    final Grid<WorkspaceSummary> mine = grid("My workspaces", true);
    final Grid<WorkspaceSummary> open = grid("Open to all clinicians", false);
    final Paragraph empty = new Paragraph();
    ConvenorlessWorkspaces convenorless;

    WorkspacesView(WorkspaceService workspaces, AuthenticationContext authentication) {
        addClassNames("page", "workspaces-page");
        boolean staff = authentication.hasAnyRole(java.util.Arrays.stream(Role.values()).filter(Role::isStaff)
                .map(Role::name).toArray(String[]::new));
        add(new H1("Workspaces"));
        add(new Paragraph(staff
                ? "Workspaces where colleagues from every setting design a care pathway together and agree each change before it is published."
                : "Pathways you help to shape. You see each one as patients will once it is published."));
        if (staff) {
            Button create = new Button("Open a workspace", VaadinIcon.PLUS.create(),
                    event -> new NewWorkspaceDialog(workspaces, created -> getUI().ifPresent(ui -> ui.navigate(
                            WorkspaceView.class, WorkspaceRoutes.of(created.id())))).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }

        long count = workspaces.countMyWorkspaces();
        mine.setItems(query -> workspaces.myWorkspaces(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(workspaces.countMyWorkspaces()));
        empty.addClassName("empty-state");
        empty.setText(staff
                ? "You are not a member of any workspace yet. Open one for a pathway you want to improve, or ask a convenor to add you."
                : "You have not been added to a pathway yet. A convenor adds patient partners when a pathway is being designed.");
        empty.setVisible(count == 0);
        mine.setVisible(count > 0);
        add(new H2("My workspaces"), empty, mine);

        // "Open to all clinicians" means the clinician role: other staff roles see these only as members.
        if (authentication.hasRole(Role.CLINICIAN.name())) {
            long openCount = workspaces.countOpenWorkspaces();
            open.setItems(query -> workspaces.openWorkspaces(query.getOffset(), query.getLimit()).stream(),
                    query -> Math.toIntExact(workspaces.countOpenWorkspaces()));
            Paragraph noneOpen = new Paragraph("No other workspace is open to all clinicians at the moment.");
            noneOpen.addClassName("empty-state");
            noneOpen.setVisible(openCount == 0);
            open.setVisible(openCount > 0);
            add(new H2("Open to all clinicians"),
                    new Paragraph("You can read these drafts and comment on them without being a member."), noneOpen, open);
        }
        if (authentication.hasRole(Role.ADMIN.name())) {
            convenorless = new ConvenorlessWorkspaces(workspaces);
            add(convenorless);
        }
    }

    private static Grid<WorkspaceSummary> grid(String label, boolean withRole) {
        Grid<WorkspaceSummary> grid = new Grid<>();
        grid.addComponentColumn(row -> new RouterLink(row.title(), WorkspaceView.class, WorkspaceRoutes.of(row.id())))
                .setHeader("Pathway").setFlexGrow(3);
        if (withRole) {
            grid.addColumn(row -> row.myRole() == null ? "" : row.myRole().label()).setHeader("My role").setFlexGrow(1);
        }
        grid.addComponentColumn(WorkspacesView::status).setHeader("Status").setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        return grid;
    }

    /** What needs attention, in words; colour only repeats it. */
    static Component status(WorkspaceSummary row) {
        Div chips = new Div();
        chips.addClassName("chips");
        if (row.awaitingMySignOff() > 0) {
            chips.add(WorkspaceFormat.chip(row.awaitingMySignOff() + " awaiting your sign-off", "attention"));
        }
        if (row.openProposalNumber() != null) {
            chips.add(WorkspaceFormat.chip("Proposal " + row.openProposalNumber() + " open", "info"));
        }
        if (row.draftChanged()) {
            chips.add(WorkspaceFormat.chip("Draft changes", "neutral"));
        }
        if (row.lastVersionNumber() != null) {
            chips.add(WorkspaceFormat.chip("Version " + row.lastVersionNumber() + " published "
                    + PortalTime.date(row.lastPublishedAt()), "success"));
        } else {
            chips.add(WorkspaceFormat.chip("Not yet published", "neutral"));
        }
        if (row.reviewOverdue()) {
            chips.add(WorkspaceFormat.chip("Review OVERDUE since " + WorkspaceFormat.date(row.reviewDue()), "error"));
        } else if (row.reviewDue() != null) {
            chips.add(WorkspaceFormat.chip("Review due " + WorkspaceFormat.date(row.reviewDue()), "neutral"));
        }
        if (row.reviewRequested()) {
            chips.add(WorkspaceFormat.chip("Review requested", "attention"));
        }
        return chips;
    }
}
