package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.joinedup.pathway.documents.DocumentDetails;
import org.joinedup.pathway.documents.DocumentLimits;
import org.joinedup.pathway.documents.DocumentRevisionDetails;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentType;
import org.joinedup.pathway.documents.DocumentUpload;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.documents.DocumentLinks;

/**
 * The documents on the open step: each a download link with its kind, size and who uploaded
 * it, earlier revisions behind a disclosure; editors add, replace and remove them. The file
 * chosen waits here until the person adds it, so a refusal (too large, empty, not an accepted
 * type, a title that identifies a patient) is shown at its field and nothing typed or chosen
 * is lost.
 */
class DocumentSection extends Div {

    final UnorderedList list = new UnorderedList();
    final TextField title = new TextField("Document title");
    final Checkbox forPatients = new Checkbox("For patients: show it on the \u201cwhat to expect\u201d page");
    final Upload upload;
    final Paragraph chosen = new Paragraph();
    final Paragraph fileRefusal = new Paragraph();
    final Button add = new Button("Add document");
    final Button cancelReplace = new Button("Cancel replacing");
    private final Div form = new Div();
    private final DocumentService documents;
    private final Consumer<Runnable> guard;
    private Long stepId;
    private boolean edits;
    private Chosen file;
    private DocumentDetails replacing;

    /** A file received from the browser and not yet added. */
    private record Chosen(String fileName, byte[] content) {
    }

    /** {@code guard} runs each action so that a withdrawn access takes the person out of the workspace. */
    DocumentSection(DocumentService documents, Consumer<Runnable> guard) {
        this.documents = documents;
        this.guard = guard;
        addClassName("documents");
        list.addClassName("document-list");
        title.setMaxLength(DocumentLimits.TITLE_MAX);
        title.setWidthFull();
        upload = new Upload(UploadHandler.inMemory((metadata, content) -> received(metadata.fileName(), content)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxSizeBytes()));
        upload.setUploadButton(new Button("Choose a file"));
        String limit = DocumentLinks.size(documents.maxSizeBytes());
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne("or drop a file here").setMany("or drop a file here"))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig("This file is larger than " + limit + ", the limit. Make it smaller, or link to it "
                                + "from the step instead.")
                        .setTooManyFiles("Add one file at a time.")
                        .setIncorrectFileType("JoinedUp does not accept this kind of file.")));
        upload.addFileRejectedListener(event -> refuseFile(event.getErrorMessage()));
        Paragraph accepted = new Paragraph("Accepted: " + DocumentType.accepted() + ", up to " + limit + ".");
        accepted.addClassName("quiet");
        chosen.addClassName("quiet");
        fileRefusal.addClassName("field-refusal");
        fileRefusal.getElement().setAttribute("role", "alert");
        fileRefusal.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> guard.accept(this::addOrReplace));
        cancelReplace.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancelReplace.addClickListener(event -> stopReplacing());
        cancelReplace.setVisible(false);
        form.addClassName("document-form");
        form.add(title, forPatients, upload, accepted, chosen, fileRefusal, new Div(add, cancelReplace));
        add(new H3("Documents"), list, form);
    }

    void show(Long stepId, boolean edits) {
        boolean changedStep = !Objects.equals(this.stepId, stepId);
        this.stepId = stepId;
        this.edits = edits;
        if (changedStep) {
            clearForm();
        }
        form.setVisible(edits);
        refresh();
    }

    /** Whether the person may now add, replace and remove documents (their role may have changed). */
    void setEditable(boolean edits) {
        if (edits != this.edits) {
            this.edits = edits;
            form.setVisible(edits);
            refresh();
        }
    }

    void refresh() {
        list.removeAll();
        if (stepId == null) {
            return;
        }
        List<DocumentDetails> shown;
        try {
            shown = documents.ofStep(stepId);
        } catch (DraftItemGoneException gone) {
            return;
        }
        if (shown.isEmpty()) {
            ListItem none = new ListItem("No documents on this step yet.");
            none.addClassName("empty-state");
            list.add(none);
        }
        shown.forEach(document -> list.add(item(document)));
    }

    private ListItem item(DocumentDetails document) {
        DocumentRevisionDetails current = document.current();
        ListItem item = new ListItem(DocumentLinks.draft(current), about(current));
        if (current.forPatients()) {
            Span leaflet = new Span("For patients");
            leaflet.addClassName("document-badge");
            item.add(leaflet);
        }
        if (edits) {
            Button replace = new Button("Replace", event -> startReplacing(document));
            replace.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            replace.setAriaLabel("Replace " + current.title());
            Button remove = new Button("Remove", event -> confirmRemove(document));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + current.title());
            item.add(replace, remove);
        }
        if (!document.earlier().isEmpty()) {
            UnorderedList earlier = new UnorderedList();
            document.earlier().forEach(revision -> earlier.add(new ListItem(DocumentLinks.draft(revision), about(revision))));
            item.add(new Details("Earlier revisions (" + document.earlier().size() + ")", earlier));
        }
        return item;
    }

    private static Span about(DocumentRevisionDetails revision) {
        Span about = new Span(" (" + DocumentLinks.kindAndSize(revision) + "), revision " + revision.number() + ", uploaded by "
                + revision.uploadedBy() + ", " + PortalTime.dateTime(revision.uploadedAt()) + " ");
        about.addClassName("quiet");
        return about;
    }

    /** Called by the upload on its own request; the page is changed under the session's lock. */
    private void received(String fileName, byte[] content) {
        upload.getUI().ifPresent(ui -> ui.accessSynchronously(() -> {
            file = new Chosen(fileName, content);
            fileRefusal.setVisible(false);
            chosen.setText("Chosen: " + fileName + ". Add it with the button below.");
        }));
    }

    private void refuseFile(String reason) {
        fileRefusal.setText(reason);
        fileRefusal.setVisible(true);
    }

    private void addOrReplace() {
        title.setInvalid(false);
        fileRefusal.setVisible(false);
        if (file == null) {
            refuseFile("Choose a file to upload.");
            return;
        }
        DocumentUpload typed = new DocumentUpload(title.getValue(), forPatients.getValue(), file.fileName(), file.content());
        try {
            if (replacing == null) {
                documents.upload(stepId, typed);
            } else {
                documents.replace(replacing.id(), typed);
            }
        } catch (IdentifiersFoundException found) {
            refuse(found);
            return;
        } catch (InvalidInputException refusal) {
            refuse(refusal);
            return;
        } catch (DraftItemGoneException gone) {
            refuseFile(gone.getMessage());
            return;
        }
        clearForm();
        refresh();
    }

    private void refuse(InvalidInputException refusal) {
        refusal.messages().forEach((field, message) -> {
            if (field.equals("title")) {
                title.setErrorMessage(message);
                title.setInvalid(true);
            } else {
                refuseFile(message);
            }
        });
    }

    private void startReplacing(DocumentDetails document) {
        replacing = document;
        title.setValue(document.current().title());
        forPatients.setValue(document.current().forPatients());
        add.setText("Replace document");
        cancelReplace.setVisible(true);
        chosen.setText("Choose the new file for \u201c" + document.current().title() + "\u201d. The current one is kept "
                + "as an earlier revision.");
        title.focus();
    }

    private void stopReplacing() {
        clearForm();
    }

    private void confirmRemove(DocumentDetails document) {
        String shownTitle = document.current().title();
        ConfirmDialog confirm = new ConfirmDialog("Remove \u201c" + shownTitle + "\u201d?",
                "The document leaves the draft. Published versions keep it.", "Remove document",
                event -> guard.accept(() -> {
                    documents.remove(document.id());
                    refresh();
                }));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void clearForm() {
        replacing = null;
        file = null;
        title.clear();
        title.setInvalid(false);
        forPatients.clear();
        upload.clearFileList();
        chosen.setText("");
        fileRefusal.setVisible(false);
        add.setText("Add document");
        cancelReplace.setVisible(false);
    }
}
