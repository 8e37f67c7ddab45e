package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.joinedup.platform.audit.AuditActor;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.joinedup.identity.people.InvalidInputException;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.pathway.workspace.CommentService;
import org.joinedup.pathway.workspace.DraftItemGoneException;
import org.joinedup.pathway.workspace.DraftPathway;
import org.joinedup.pathway.workspace.DraftService;
import org.joinedup.pathway.workspace.HandoverDetails;
import org.joinedup.pathway.workspace.PathwayHistory;
import org.joinedup.pathway.workspace.StageDetails;
import org.joinedup.pathway.workspace.StepConflictException;
import org.joinedup.pathway.workspace.StepDetails;
import org.joinedup.pathway.workspace.StepFields;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The working draft, edited by several members at once. Stages and steps are on the left,
 * the chosen step's form on the right. Changes by others arrive live; they never overwrite
 * what this person has typed but not saved: a save that crosses someone else's opens a
 * field-by-field choice, and a step deleted meanwhile can be added again from the form.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})")
@PermitAll
public class WorkspaceView extends WorkspacePage {

    final Paragraph alsoHere = new Paragraph();
    final Div patientNotice = new Div();
    final Div editorArea = new Div();
    final Div stagesPanel = new Div();
    final Button addStage = new Button("Add a stage", VaadinIcon.PLUS.create());

    final Div stepPanel = new Div();
    final H2 stepHeading = new H2();
    final Paragraph lastSaved = new Paragraph();
    final Div banner = new Div();
    final StepForm form = new StepForm();
    final Button save = new Button("Save step");
    final Button deleteStep = new Button("Delete step");
    final Select<StageDetails> moveTarget = new Select<>();
    final Button moveToStage = new Button("Move to this stage");
    final Div gonePanel = new Div();
    final Select<StageDetails> addAgainStage = new Select<>();
    final Button addAgain = new Button("Add as a new step");
    final Div handovers = new Div();
    final Button addHandover = new Button("Add a hand-over", VaadinIcon.PLUS.create());
    final CommentSection comments;

    private final DraftService drafts;
    private final WorkspacePresence presence;
    private final long myId;
    private final String myName;
    private final String tabId = UUID.randomUUID().toString();
    private DraftPathway draft;
    /**
     * The open step as the form loaded it: the version a save names. While the person has
     * changed a field it stays there, even when others save, so saving over a newer save asks.
     */
    private StepDetails openStep;
    private boolean openStepGone;

    WorkspaceView(WorkspaceService workspaces, DraftService drafts, CommentService commentService, PathwayHistory history,
            CollaborationBus bus, WorkspacePresence presence, AuthenticationContext authentication) {
        super(workspaces, history, bus, WorkspaceHeader.Page.DRAFT);
        this.drafts = drafts;
        this.presence = presence;
        AuditActor me = authentication.getAuthenticatedUser(AuditActor.class).orElseThrow();
        this.myId = me.auditActorId();
        this.myName = me.auditActorName();
        this.comments = new CommentSection(commentService, this::guarded);
        addClassName("workspace-editor-page");

        alsoHere.addClassName("also-here");
        alsoHere.getElement().setAttribute("aria-live", "polite");
        patientNotice.addClassName("patient-notice");
        patientNotice.setVisible(false);

        stagesPanel.addClassName("stages-panel");
        addStage.addClickListener(event -> guarded(() -> new TitleDialog("Add a stage", "Add stage", "", false, null,
                (title, setting) -> guarded(() -> {
                    drafts.addStage(workspaceId, title);
                    reload();
                })).open()));

        banner.addClassName("editor-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> guarded(this::saveStep));
        deleteStep.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteStep.addClickListener(event -> confirmDelete());
        moveTarget.setLabel("Stage");
        moveTarget.setItemLabelGenerator(StageDetails::title);
        moveToStage.addClickListener(event -> guarded(this::moveToChosenStage));
        Div stepActions = new Div(save, moveTarget, moveToStage, deleteStep);
        stepActions.addClassName("step-actions");

        addAgainStage.setLabel("Stage for the new step");
        addAgainStage.setItemLabelGenerator(StageDetails::title);
        addAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAgain.addClickListener(event -> guarded(this::addAgain));
        gonePanel.add(addAgainStage, addAgain);
        gonePanel.addClassName("gone-panel");
        gonePanel.setVisible(false);

        handovers.addClassName("handovers");
        addHandover.addClickListener(event -> guarded(this::newHandover));

        stepPanel.addClassName("step-panel");
        stepPanel.add(stepHeading, lastSaved, banner, gonePanel, stepActions, form, new H3("Hand-overs"), handovers,
                addHandover, comments);
        stepPanel.setVisible(false);
        Paragraph choose = new Paragraph("Choose a step on the left to read or edit it.");
        choose.addClassName("empty-state");
        Div right = new Div(choose, stepPanel);
        right.addClassName("editor-right");
        Div left = new Div(new H2("Stages"), stagesPanel, addStage);
        left.addClassName("editor-left");
        editorArea.addClassName("editor-area");
        editorArea.add(left, right);
        add(alsoHere, patientNotice, editorArea);
    }

    @Override
    protected void load() {
        if (!permissions.readsDraft()) {
            showPatientNotice();
            return;
        }
        reload();
    }

    private void showPatientNotice() {
        editorArea.setVisible(false);
        alsoHere.setVisible(false);
        patientNotice.removeAll();
        patientNotice.add(new Paragraph("As a patient partner you see this pathway as patients will once it is "
                + "published, and you take part through the workspace's forum threads."));
        history.latestVersionNumber(workspaceId).ifPresentOrElse(
                number -> patientNotice.add(WorkspaceRoutes.link("Read the published pathway (version " + number + ")",
                        WorkspaceRoutes.patient(workspaceId, number))),
                () -> patientNotice.add(new Paragraph("Nothing has been published yet.")));
        patientNotice.setVisible(true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (permissions != null && permissions.readsDraft()) {
            presence.enter(workspaceId, tabId, myId, myName);
            if (openStep != null && !openStepGone) {
                presence.editing(workspaceId, tabId, openStep.id());
            }
            showPresence();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        presence.leave(workspaceId, tabId);
        super.onDetach(detachEvent);
    }

    @Override
    protected void changed(CollaborationEvent event) {
        if (!permissions.readsDraft()) {
            showPatientNotice();
            return;
        }
        if (event.kind() == Kind.PRESENCE_CHANGED) {
            showPresence();
            showStages();
            return;
        }
        boolean byOthers = event.actorId() == null || event.actorId() != myId;
        if (byOthers) {
            Notification.show(event.message(), 4000, Notification.Position.BOTTOM_END);
        }
        reload();
        if (openStep != null && Objects.equals(event.subjectId(), openStep.id())) {
            if (event.kind() == Kind.STEP_MOVED && byOthers && !openStepGone) {
                showBanner(event.actorName() + " moved this step to stage \u201c" + stageTitle(openStepNow()) + "\u201d."
                        + (dirty() ? " Your changes are still in the form, not saved yet." : ""));
            } else if (event.kind() == Kind.COMMENTS_CHANGED) {
                comments.refresh();
            }
        }
        if (event.kind() == Kind.STEP_DELETED && openStepGone && openStep != null
                && Objects.equals(event.subjectId(), openStep.id())) {
            showBanner(event.actorName() + " deleted this step while you had it open. What you typed is still in the "
                    + "form: add it as a new step, or copy it.");
        }
    }

    /** Loads the draft again and brings the open step up to date without touching unsaved text. */
    private void reload() {
        draft = drafts.open(workspaceId);
        permissions = draft.permissions();
        boolean edits = permissions.edits();
        addStage.setVisible(edits);
        form.setEditable(edits);
        if (openStep != null && !openStepGone) {
            Optional<StepDetails> now = draft.step(openStep.id());
            if (now.isEmpty()) {
                stepGone("Someone deleted this step while you had it open. What you typed is still in the form: "
                        + "add it as a new step, or copy it.");
            } else if (now.get().version() != openStep.version()) {
                if (form.touched()) {
                    form.refreshUnchanged(now.get().fields());
                    showSaved(now.get());
                    showBanner(now.get().lastEditedBy() + " saved this step; your changes are not saved yet and stay "
                            + "as you typed them. Fields you have not changed show the newer version. When you save, "
                            + "you can compare your changes with theirs field by field.");
                } else {
                    showStep(now.get());
                }
            }
        }
        showStages();
        showStepControls();
        showPresence();
    }

    private boolean dirty() {
        return openStep != null && form.unsaved();
    }

    private Optional<StepDetails> openStepNow() {
        return openStep == null || draft == null ? Optional.empty() : draft.step(openStep.id());
    }

    private String stageTitle(Optional<StepDetails> step) {
        return step.flatMap(s -> draft.stages().stream().filter(stage -> stage.id() == s.stageId()).findFirst())
                .map(StageDetails::title).orElse("");
    }

    // ---- presence -------------------------------------------------------------------------

    private void showPresence() {
        List<String> others = presence.present(workspaceId).stream().filter(visitor -> visitor.personId() != myId)
                .map(WorkspacePresence.Visitor::name).distinct().toList();
        alsoHere.setText(others.isEmpty() ? "" : "Also here: " + String.join(", ", others));
        alsoHere.setVisible(!others.isEmpty());
    }

    private List<String> editing(long stepId) {
        return presence.present(workspaceId).stream()
                .filter(visitor -> visitor.personId() != myId && Objects.equals(visitor.stepId(), stepId))
                .map(WorkspacePresence.Visitor::name).distinct().toList();
    }

    // ---- stages and steps -----------------------------------------------------------------

    private void showStages() {
        stagesPanel.removeAll();
        if (draft == null) {
            return;
        }
        if (draft.stages().isEmpty()) {
            Paragraph none = new Paragraph(permissions.edits()
                    ? "The draft is empty. Add the first stage of the patient's journey."
                    : "The draft is empty.");
            none.addClassName("empty-state");
            stagesPanel.add(none);
        }
        List<StageDetails> stages = draft.stages();
        for (int i = 0; i < stages.size(); i++) {
            stagesPanel.add(stage(stages.get(i), i, stages.size()));
        }
    }

    private Div stage(StageDetails stage, int index, int count) {
        H3 title = new H3(stage.title());
        Div heading = new Div(title);
        heading.addClassName("stage-heading");
        if (permissions.edits()) {
            heading.add(iconButton(VaadinIcon.EDIT, "Rename stage \u201c" + stage.title() + "\u201d",
                    () -> new TitleDialog("Rename stage", "Rename", stage.title(), false, null, (newTitle, setting) -> guarded(() -> {
                        drafts.renameStage(stage.id(), stage.version(), newTitle);
                        reload();
                    })).open()));
            Button up = iconButton(VaadinIcon.ARROW_UP, "Move stage \u201c" + stage.title() + "\u201d up",
                    () -> structural(() -> drafts.moveStage(stage.id(), index - 1)));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move stage \u201c" + stage.title() + "\u201d down",
                    () -> structural(() -> drafts.moveStage(stage.id(), index + 1)));
            down.setEnabled(index < count - 1);
            Button delete = iconButton(VaadinIcon.TRASH, "Delete stage \u201c" + stage.title() + "\u201d",
                    () -> structural(() -> drafts.deleteStage(stage.id())));
            heading.add(up, down, delete);
        }
        Div steps = new Div();
        steps.addClassName("stage-steps");
        List<StepDetails> stageSteps = stage.steps();
        for (int i = 0; i < stageSteps.size(); i++) {
            steps.add(stepRow(stageSteps.get(i), i, stageSteps.size()));
        }
        Div box = new Div(heading, steps);
        box.addClassName("stage");
        if (permissions.edits()) {
            Button add = new Button("Add a step", VaadinIcon.PLUS.create(), event -> guarded(() -> new TitleDialog(
                    "Add a step to \u201c" + stage.title() + "\u201d", "Add step", "", true, null, (stepTitle, setting) -> guarded(() -> {
                        StepDetails added = drafts.addStep(stage.id(), StepFields.titled(stepTitle, setting));
                        reload();
                        openStep(added);
                    })).open()));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.setAriaLabel("Add a step to \u201c" + stage.title() + "\u201d");
            box.add(add);
        }
        return box;
    }

    private Div stepRow(StepDetails step, int index, int count) {
        Button open = new Button(step.fields().title(), event -> guarded(() -> choose(step.id())));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("step-link");
        Div row = new Div(open, WorkspaceFormat.chip(step.fields().careSetting().label(), "setting"));
        row.addClassName("step-row");
        if (!step.fields().interimNote().isBlank()) {
            // An urgent change agreed ahead of formal review: everyone should see it at a glance.
            row.add(WorkspaceFormat.chip("Interim note", "attention"));
        }
        if (openStep != null && openStep.id() == step.id()) {
            row.addClassName("selected");
            open.getElement().setAttribute("aria-current", "true");
        }
        List<String> editors = editing(step.id());
        if (!editors.isEmpty()) {
            Span marker = new Span(String.join(", ", editors) + (editors.size() == 1 ? " is editing" : " are editing"));
            marker.addClassName("editing-marker");
            row.add(marker);
        }
        // Only the open step carries its move buttons: two buttons on every row made a long
        // pathway slow to draw (docs/benchmarks.md).
        if (permissions.edits() && openStep != null && openStep.id() == step.id()) {
            Button up = iconButton(VaadinIcon.ARROW_UP, "Move step \u201c" + step.fields().title() + "\u201d up",
                    () -> structural(() -> drafts.moveStep(step.id(), step.stageId(), index - 1)));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move step \u201c" + step.fields().title() + "\u201d down",
                    () -> structural(() -> drafts.moveStep(step.id(), step.stageId(), index + 1)));
            down.setEnabled(index < count - 1);
            row.add(up, down);
        }
        return row;
    }

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> guarded(action));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /** A change to the draft's structure; a refusal (a stage that still has steps, say) is told as it is. */
    private void structural(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException | DraftItemGoneException | OptimisticLockingFailureException refusal) {
            Notification.show(refusal.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        reload();
    }

    // ---- the open step --------------------------------------------------------------------

    /** Opens another step, asking first if that would leave unsaved text behind. */
    private void choose(long stepId) {
        Optional<StepDetails> step = draft.step(stepId);
        if (step.isEmpty()) {
            reload();
            return;
        }
        if ((dirty() || openStepGone) && (openStep == null || openStep.id() != stepId)) {
            ConfirmDialog leave = new ConfirmDialog("Leave your unsaved changes?",
                    "Your changes to \u201c" + form.value().title() + "\u201d are not saved. If you open another step "
                            + "they are lost.", "Open the other step", event -> guarded(() -> openStep(step.get())));
            leave.setCancelable(true);
            leave.setCancelText("Keep editing");
            leave.open();
            return;
        }
        openStep(step.get());
    }

    private void openStep(StepDetails step) {
        openStepGone = false;
        form.setEditable(permissions.edits());
        showStep(step);
        banner.setVisible(false);
        gonePanel.setVisible(false);
        stepPanel.setVisible(true);
        comments.show(step.id());
        presence.editing(workspaceId, tabId, step.id());
        showStages();
        showStepControls();
    }

    /** Shows the step as saved: the form takes its values, so call it only when nothing unsaved is in the form. */
    private void showStep(StepDetails step) {
        openStep = step;
        form.show(step.fields());
        showSaved(step);
        banner.setVisible(false);
    }

    private void showSaved(StepDetails step) {
        stepHeading.setText(step.fields().title());
        lastSaved.setText("Last saved by " + step.lastEditedBy() + ", " + PortalTime.dateTime(step.lastEditedAt()));
    }

    private void showStepControls() {
        boolean edits = permissions.edits();
        boolean live = openStep != null && !openStepGone;
        save.setVisible(edits && live);
        deleteStep.setVisible(edits && live);
        moveTarget.setVisible(edits && live);
        moveToStage.setVisible(edits && live);
        addHandover.setVisible(edits && live);
        gonePanel.setVisible(edits && openStepGone);
        comments.setVisible(live);
        if (draft != null) {
            moveTarget.setItems(draft.stages());
            addAgainStage.setItems(draft.stages());
            if (live) {
                draft.stages().stream().filter(stage -> stage.id() == openStepNow().map(StepDetails::stageId).orElse(-1L))
                        .findFirst().ifPresent(moveTarget::setValue);
            }
        }
        showHandovers();
    }

    private void showBanner(String text) {
        banner.setText(text);
        banner.setVisible(true);
    }

    private void stepGone(String message) {
        openStepGone = true;
        presence.editing(workspaceId, tabId, null);
        showBanner(message);
        lastSaved.setText("Not saved: this step no longer exists in the draft.");
        form.setEditable(permissions.edits());
        showStepControls();
    }

    private void saveStep() {
        form.clearRefusals();
        StepFields mine = form.value();
        try {
            StepDetails saved = drafts.saveStep(openStep.id(), openStep.version(), mine);
            showStep(saved);
            reload();
            confirm("Step saved");
        } catch (StepConflictException conflict) {
            new ConflictDialog(mine, conflict.theirs(), merged -> guarded(() -> saveChoice(merged, conflict.theirs())))
                    .open();
        } catch (IdentifiersFoundException found) {
            refuseIdentifiers(found);
        } catch (InvalidInputException refusal) {
            form.refuse(refusal);
        } catch (DraftItemGoneException gone) {
            reload();
            stepGone(gone.getMessage());
        }
    }

    /** Saves the merged fields against the other person's version; another conflict asks again. */
    private void saveChoice(StepFields merged, StepDetails theirs) {
        openStep = theirs;
        form.show(theirs.fields(), merged);
        saveStep();
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
            StepDetails added = drafts.addStep(stage.id(), form.value());
            reload();
            openStep(added);
            confirm("Added \u201c" + added.fields().title() + "\u201d as a new step");
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
        showBanner("Not saved: JoinedUp must not hold anything that could identify a patient. " + form.refuse(found) + ".");
    }

    private void moveToChosenStage() {
        StageDetails target = moveTarget.getValue();
        if (target == null || openStepNow().map(step -> step.stageId() == target.id()).orElse(true)) {
            return;
        }
        structural(() -> drafts.moveStep(openStep.id(), target.id(), Integer.MAX_VALUE));
    }

    private void confirmDelete() {
        String title = openStep.fields().title();
        ConfirmDialog confirm = new ConfirmDialog("Delete \u201c" + title + "\u201d?",
                "The step, its hand-overs and its comments leave the draft. Published versions keep it.",
                "Delete step", event -> guarded(() -> {
                    try {
                        drafts.deleteStep(openStep.id());
                    } catch (DraftItemGoneException alreadyGone) {
                        // Someone else deleted it first: the outcome is the same.
                    }
                    openStep = null;
                    openStepGone = false;
                    stepPanel.setVisible(false);
                    presence.editing(workspaceId, tabId, null);
                    reload();
                    confirm("Deleted \u201c" + title + "\u201d");
                }));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    // ---- hand-overs -----------------------------------------------------------------------

    private void showHandovers() {
        handovers.removeAll();
        if (draft == null || openStep == null || openStepGone) {
            return;
        }
        long stepId = openStep.id();
        List<HandoverDetails> touching = draft.handovers().stream()
                .filter(handover -> handover.fromStepId() == stepId || handover.toStepId() == stepId).toList();
        if (touching.isEmpty()) {
            Paragraph none = new Paragraph("No hand-over to or from this step yet.");
            none.addClassName("empty-state");
            handovers.add(none);
        }
        touching.forEach(handover -> handovers.add(handover(handover, stepId)));
    }

    private Component handover(HandoverDetails handover, long stepId) {
        boolean outgoing = handover.fromStepId() == stepId;
        String direction = outgoing
                ? "To \u201c" + handover.toStepTitle() + "\u201d (" + handover.toSetting().label() + ")"
                : "From \u201c" + handover.fromStepTitle() + "\u201d (" + handover.fromSetting().label() + ")";
        Div item = new Div(new H3(direction));
        item.addClassName("handover");
        item.add(line("Trigger", handover.fields().trigger()), line("Information that travels",
                handover.fields().information()), line("Who acts on pending results", handover.fields().pendingResults()),
                line("Expected response time", handover.fields().responseTime()));
        if (permissions.edits()) {
            Button edit = new Button("Edit", event -> guarded(() -> new HandoverDialog(handover.fromStepTitle(),
                    List.of(), handover, (toStepId, fields) -> guarded(() -> {
                        drafts.saveHandover(handover.id(), handover.version(), fields);
                        reload();
                    })).open()));
            edit.setAriaLabel("Edit the hand-over " + direction);
            Button delete = new Button("Delete", event -> guarded(() -> structural(() -> drafts.deleteHandover(handover.id()))));
            delete.setAriaLabel("Delete the hand-over " + direction);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            item.add(new Div(edit, delete));
        }
        return item;
    }

    private static Paragraph line(String label, String value) {
        Span term = new Span(label + ": ");
        term.addClassName("term");
        return new Paragraph(term, WorkspaceFormat.plain(value, "field-text"));
    }

    private void newHandover() {
        long fromId = openStep.id();
        List<StepDetails> others = draft.stages().stream().flatMap(stage -> stage.steps().stream())
                .filter(step -> step.id() != fromId).collect(Collectors.toList());
        new HandoverDialog(openStep.fields().title(), others, null, (toStepId, fields) -> guarded(() -> {
            drafts.addHandover(fromId, toStepId, fields);
            reload();
        })).open();
    }
}
