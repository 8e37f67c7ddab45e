package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepConflictException;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * The open step's form with what may be done to the step. It holds the step as the form
 * loaded it, the version a save names: while the person has changed a field it stays
 * there even when others save, so saving over a newer save asks field by field. A step
 * deleted meanwhile keeps its text in the form and can be added again.
 */
class StepEditor extends Div {

    /** What the editor asks of the page; each throws the service's refusals for the editor to show. */
    interface Actions {
        StepDetails save(long stepId, long version, StepFields fields);

        void addAgain(long stageId, StepFields fields);

        void move(long stepId, long stageId);

        void delete(long stepId, String title);
    }

    final StepForm form = new StepForm();
    final Div banner = new Div();
    private final Actions actions;
    private final Consumer<Runnable> guard;
    private final H2 heading = new H2();
    private final Paragraph lastSaved = new Paragraph();
    private final Button save = new Button("Save step");
    private final Button delete = new Button("Delete step");
    private final Select<StageDetails> moveTarget = new Select<>();
    private final Button moveToStage = new Button("Move to this stage");
    private final Div gonePanel = new Div();
    private final Select<StageDetails> addAgainStage = new Select<>();
    private final Button addAgain = new Button("Add as a new step");
    private final Anchor historyLink = WorkspaceRoutes.link("History of this step", "");
    private Function<StepDetails, String> historyAddress;
    private List<StageDetails> stageChoices = List.of();
    private StepDetails openStep;
    private Long currentStageId;
    private boolean gone;
    private boolean edits;

    /** {@code guard} runs each action so that a withdrawn access takes the person out of the workspace. */
    StepEditor(Actions actions, Consumer<Runnable> guard) {
        this.actions = actions;
        this.guard = guard;
        banner.addClassName("editor-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> guard.accept(this::save));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(event -> confirmDelete());
        moveTarget.setLabel("Stage");
        moveTarget.setItemLabelGenerator(StageDetails::title);
        moveToStage.addClickListener(event -> guard.accept(this::moveToChosenStage));
        Div stepActions = new Div(save, moveTarget, moveToStage, delete);
        stepActions.addClassName("step-actions");
        addAgainStage.setLabel("Stage for the new step");
        addAgainStage.setItemLabelGenerator(StageDetails::title);
        addAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAgain.addClickListener(event -> guard.accept(this::addAgain));
        gonePanel.add(addAgainStage, addAgain);
        gonePanel.addClassName("gone-panel");
        historyLink.addClassName("step-history-link");
        historyLink.setVisible(false);
        add(heading, lastSaved, historyLink, banner, gonePanel, stepActions, form);
    }

    /** Where the open step's history is: given the step, the address of its page. */
    void historyOf(Function<StepDetails, String> address) {
        this.historyAddress = address;
    }

    /** The step the form edits, while it still exists. */
    Long openStepId() {
        return openStep == null || gone ? null : openStep.id();
    }

    /** Whether leaving the step would lose text the person typed. */
    boolean unsaved() {
        return openStep != null && (gone || form.unsaved());
    }

    /** The open step's title as saved. */
    String openTitle() {
        return openStep.fields().title();
    }

    String typedTitle() {
        return form.value().title();
    }

    /** Opens a step as saved: the form takes every value. */
    void open(StepDetails step, boolean edits) {
        this.edits = edits;
        gone = false;
        show(step);
        showControls();
    }

    /**
     * Someone saved the open step. A form nobody has touched takes the new version; one with
     * changes keeps them and takes the newer values only in the fields left alone.
     */
    void savedElsewhere(StepDetails now) {
        if (openStep == null || gone || now.id() != openStep.id() || now.version() == openStep.version()) {
            return;
        }
        if (form.touched()) {
            form.refreshUnchanged(now.fields());
            showSaved(now);
            tell(now.lastEditedBy() + " saved this step; your changes are not saved yet and stay as you typed them. "
                    + "Fields you have not changed show the newer version. When you save, you can compare your "
                    + "changes with theirs field by field.");
        } else {
            show(now);
        }
    }

    /** The open step no longer exists: its text stays, and it can be added again. */
    void gone(String message) {
        gone = true;
        tell(message);
        lastSaved.setText("Not saved: this step no longer exists in the draft.");
        showControls();
    }

    /** No step is open any more. */
    void close() {
        openStep = null;
        gone = false;
        banner.setVisible(false);
    }

    void setEditable(boolean edits) {
        this.edits = edits;
        showControls();
    }

    /** The stages a step can be moved or added to, and the one the open step is in. */
    void stages(List<StageDetails> stages, Long currentStageId) {
        this.currentStageId = currentStageId;
        if (!stages.equals(stageChoices)) {
            stageChoices = stages;
            moveTarget.setItems(stages);
            addAgainStage.setItems(stages);
        }
        stages.stream().filter(stage -> Objects.equals(stage.id(), currentStageId)).findFirst()
                .filter(stage -> !stage.equals(moveTarget.getValue())).ifPresent(moveTarget::setValue);
    }

    void tell(String text) {
        Quietly.setText(banner, text);
        banner.setVisible(true);
    }

    private void show(StepDetails step) {
        openStep = step;
        form.show(step.fields());
        showSaved(step);
        banner.setVisible(false);
    }

    private void showSaved(StepDetails step) {
        Quietly.setText(heading, step.fields().title());
        Quietly.setText(lastSaved, "Last saved by " + step.lastEditedBy() + ", " + PortalTime.dateTime(step.lastEditedAt()));
        if (historyAddress != null) {
            String address = historyAddress.apply(step);
            if (!address.equals(historyLink.getHref())) {
                historyLink.setHref(address);
            }
            historyLink.setVisible(true);
        }
    }

    private void showControls() {
        boolean live = openStep != null && !gone;
        form.setEditable(edits);
        save.setVisible(edits && live);
        delete.setVisible(edits && live);
        moveTarget.setVisible(edits && live);
        moveToStage.setVisible(edits && live);
        gonePanel.setVisible(edits && gone);
    }

    private void save() {
        form.clearRefusals();
        StepFields mine = form.value();
        try {
            show(actions.save(openStep.id(), openStep.version(), mine));
        } catch (StepConflictException conflict) {
            new ConflictDialog(mine, conflict.theirs(), merged -> guard.accept(() -> saveChoice(merged, conflict.theirs())))
                    .open();
        } catch (IdentifiersFoundException found) {
            refuseIdentifiers(found);
        } catch (InvalidInputException refusal) {
            form.refuse(refusal);
        } catch (DraftItemGoneException deleted) {
            gone(deleted.getMessage());
        }
    }

    /** Saves the merged fields against the other person's version; another conflict asks again. */
    private void saveChoice(StepFields merged, StepDetails theirs) {
        openStep = theirs;
        form.show(theirs.fields(), merged);
        save();
    }

    private void addAgain() {
        StageDetails stage = addAgainStage.getValue();
        addAgainStage.setInvalid(false);
        form.clearRefusals();
        if (stage == null) {
            addAgainStage.setErrorMessage("Choose the stage to add the step to");
            addAgainStage.setInvalid(true);
            return;
        }
        try {
            actions.addAgain(stage.id(), form.value());
        } catch (IdentifiersFoundException found) {
            refuseIdentifiers(found);
        } catch (InvalidInputException refusal) {
            if (!form.refuse(refusal)) {
                addAgainStage.setErrorMessage(refusal.getMessage());
                addAgainStage.setInvalid(true);
            }
        }
    }

    /** Nothing was saved; the text stays in the form, and each field concerned says what to remove. */
    private void refuseIdentifiers(IdentifiersFoundException found) {
        tell("Not saved: JoinedUp must not hold anything that could identify a patient. " + form.refuse(found) + ".");
    }

    private void moveToChosenStage() {
        StageDetails target = moveTarget.getValue();
        if (target != null && openStep != null && !Objects.equals(target.id(), currentStageId)) {
            actions.move(openStep.id(), target.id());
        }
    }

    private void confirmDelete() {
        String title = openStep.fields().title();
        long stepId = openStep.id();
        ConfirmDialog confirm = new ConfirmDialog("Delete \u201c" + title + "\u201d?",
                "The step, its hand-overs and its comments leave the draft. Published versions keep it.",
                "Delete step", event -> guard.accept(() -> actions.delete(stepId, title)));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }
}
