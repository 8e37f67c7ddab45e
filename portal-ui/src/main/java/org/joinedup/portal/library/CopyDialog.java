package org.joinedup.portal.library;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.pathway.library.LibraryEntry;
import org.joinedup.pathway.library.LocalCopy;
import org.joinedup.pathway.library.PathwayCopies;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.validation.InvalidInputException;

/** Starts a workspace in another locality from a published version; whoever starts it convenes it. */
class CopyDialog extends Dialog {

    final TextField locality = new TextField("Locality of the new workspace");
    final Button start = new Button("Start the workspace");

    CopyDialog(PathwayCopies copies, LibraryEntry entry, Consumer<WorkspaceDetails> started) {
        setHeaderTitle("Copy " + entry.title() + " to another locality");
        locality.setMaxLength(WorkspaceLimits.TITLE_MAX);
        locality.setHelperText("For example \u201cWest Place\u201d");
        locality.setRequiredIndicatorVisible(true);
        locality.setWidthFull();
        add(new Paragraph("A new workspace for " + entry.condition() + " starts from version " + entry.versionNumber()
                + " as published in " + entry.locality() + ". You convene it and add colleagues from your locality. "
                + "It records where it came from; changes made in either workspace do not reach the other."), locality);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(event -> {
            locality.setInvalid(false);
            try {
                WorkspaceDetails created = copies.copyToLocality(entry.workspaceId(), entry.versionNumber(),
                        new LocalCopy(locality.getValue()));
                close();
                started.accept(created);
            } catch (InvalidInputException refusal) {
                locality.setErrorMessage(String.join(" ", refusal.messages().values()));
                locality.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), start);
    }
}
