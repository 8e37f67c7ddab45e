package org.joinedup.portal.workspaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.joinedup.pathway.workspace.PersonChoice;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.platform.validation.InvalidInputException;

/** An administrator names a member of staff convenor of a workspace that has none. */
class NameConvenorDialog extends Dialog {

    private static final int CANDIDATES = 20;

    final ComboBox<PersonChoice> person = new ComboBox<>("Convenor");
    final Button name = new Button("Name as convenor");
    private final WorkspaceService workspaces;
    private final WorkspaceSummary workspace;
    private final Runnable named;

    NameConvenorDialog(WorkspaceService workspaces, WorkspaceSummary workspace, Runnable named) {
        this.workspaces = workspaces;
        this.workspace = workspace;
        this.named = named;
        setHeaderTitle("Name a convenor for " + workspace.title());
        person.setItemLabelGenerator(choice -> choice.displayName()
                + (choice.organisation() == null ? "" : ", " + choice.organisation()));
        person.setItems(query -> workspaces.convenorCandidates(workspace.id(), query.getFilter().orElse(""), CANDIDATES)
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        person.setHelperText("Type part of a name. Members of the workspace come first; anyone else joins as convenor.");
        person.setWidthFull();
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.addClickListener(event -> nameConvenor());
        add(new Paragraph("The convenor manages the workspace's members, opens change proposals and publishes "
                + "versions once every affected setting has agreed. They are told in their notifications."), person);
        getFooter().add(new Button("Cancel", event -> close()), name);
    }

    private void nameConvenor() {
        PersonChoice chosen = person.getValue();
        if (chosen == null) {
            refuse("Choose a member of staff");
            return;
        }
        try {
            workspaces.nameConvenor(workspace.id(), chosen.personId());
            close();
            named.run();
            WorkspacePage.confirm(chosen.displayName() + " is now the convenor of " + workspace.title());
        } catch (InvalidInputException refusal) {
            refuse(refusal.getMessage());
        }
    }

    private void refuse(String message) {
        person.setErrorMessage(message);
        person.setInvalid(true);
    }
}
