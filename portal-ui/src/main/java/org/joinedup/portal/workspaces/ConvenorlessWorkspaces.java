package org.joinedup.portal.workspaces;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;

/**
 * For administrators: the workspaces whose convenor's account was closed or deactivated,
 * each with a way to name a new convenor.
 */
class ConvenorlessWorkspaces extends Div {

    final Grid<WorkspaceSummary> grid = new Grid<>();
    final Paragraph none = new Paragraph("Every workspace has a convenor.");
    private final WorkspaceService workspaces;

    ConvenorlessWorkspaces(WorkspaceService workspaces) {
        this.workspaces = workspaces;
        grid.addColumn(WorkspaceSummary::title).setHeader("Pathway").setFlexGrow(3);
        grid.addComponentColumn(WorkspacesView::status).setHeader("Status").setFlexGrow(3);
        grid.addComponentColumn(this::nameButton).setHeader("Convenor").setKey("convenor").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Workspaces without a convenor");
        none.addClassName("empty-state");
        add(new H2("Workspaces without a convenor"), new Paragraph("Their convenor's account was closed or deactivated, "
                + "so nobody can manage their members or propose changes. Name a member of staff as convenor."), none, grid);
        refresh();
    }

    void refresh() {
        List<WorkspaceSummary> shown = workspaces.workspacesWithoutConvenor();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        none.setVisible(shown.isEmpty());
    }

    private Component nameButton(WorkspaceSummary workspace) {
        Button name = new Button("Name a convenor", event -> new NameConvenorDialog(workspaces, workspace, this::refresh).open());
        name.setAriaLabel("Name a convenor for " + workspace.title());
        return name;
    }
}
