package org.joinedup.portal.workspaces;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.forums.insight.PatientInsights;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.draft.BranchFields;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.DraftPathway;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.notices.UrgentNotices;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.audit.AuditActor;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.notices.NoticeBanners;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The working draft, edited by several members at once: the stages on the left, the chosen
 * step's form, hand-overs and comments on the right, who else is here above. The page only
 * coordinates; each live change reloads just the item it names through the services (so
 * access is checked again) and redraws just the components that show it.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})")
@PermitAll
public class WorkspaceView extends WorkspacePage implements StageBox.Actions, StepEditor.Actions, HandoverList.Actions {

    final PresenceBar alsoHere = new PresenceBar();
    final Div patientNotice = new Div();
    final NoticeBanners urgentNotices = new NoticeBanners();
    final Div editorArea = new Div();
    final Button addStage = new Button("Add a stage", VaadinIcon.PLUS.create());
    final StageList stagesPanel = new StageList(this);
    final StepEditor editor = new StepEditor(this, this::guarded);
    final HandoverList handovers = new HandoverList(this);
    final BranchSection branches = new BranchSection(this::branchChoices, this::saveBranches);
    final CommentSection comments;
    final DocumentSection documents;
    final StepInsightSection insights;
    final Div stepPanel = new Div();
    /** The open step's form and notices, as other pages' tests reach them. */
    final StepForm form = editor.form;
    final Div banner = editor.banner;

    private final DraftService drafts;
    private final UrgentNotices notices;
    private final PresencePoll presence;
    private final long myId;
    /**
     * The step this page has just saved and drawn, until its save's own event comes back:
     * that event then needs no reload (whichever of my events about the step comes first is
     * the one passed over; any later one reloads, so the page still ends on the newest save).
     */
    private Long ownSaveEcho;

    WorkspaceView(WorkspaceService workspaces, DraftService drafts, CommentService commentService, PathwayHistory history,
            CollaborationBus bus, WorkspacePresence presence, AuthenticationContext authentication,
            DocumentService documentService, UrgentNotices notices, PatientInsights patientInsights) {
        super(workspaces, history, bus, WorkspaceHeader.Page.DRAFT);
        this.drafts = drafts;
        this.notices = notices;
        AuditActor me = authentication.getAuthenticatedUser(AuditActor.class).orElseThrow();
        this.myId = me.auditActorId();
        this.presence = new PresencePoll(presence, UUID.randomUUID().toString(), myId, me.auditActorName());
        this.comments = new CommentSection(commentService, this::guarded);
        editor.historyOf(step -> WorkspaceRoutes.draftHistory(workspaceId, step.key()));
        this.documents = new DocumentSection(documentService, this::guarded);
        this.insights = new StepInsightSection(patientInsights);
        addClassName("workspace-editor-page");
        patientNotice.addClassName("patient-notice");
        patientNotice.setVisible(false);
        addStage.addClickListener(event -> guarded(() -> new TitleDialog("Add a stage", "Add stage", "", false, null,
                (title, setting) -> guarded(() -> showStage(drafts.addStage(workspaceId, title).id()))).open()));
        stepPanel.addClassName("step-panel");
        stepPanel.add(editor, branches, handovers, documents, insights, comments);
        stepPanel.setVisible(false);
        Paragraph choose = new Paragraph("Choose a step on the left to read or edit it.");
        choose.addClassName("empty-state");
        Div right = new Div(choose, stepPanel);
        right.addClassName("editor-right");
        Div left = new Div(new H2("Stages"), stagesPanel, addStage);
        left.addClassName("editor-left");
        editorArea.addClassName("editor-area");
        editorArea.add(left, right);
        add(alsoHere, urgentNotices, patientNotice, editorArea);
    }

    @Override
    protected void load() {
        showUrgentNotices();
        if (!permissions.readsDraft()) {
            showPatientNotice();
            return;
        }
        reloadAll();
    }

    /** The notices showing now: all of them for readers of the draft, those for patients to patient partners. */
    private void showUrgentNotices() {
        try {
            urgentNotices.show(permissions.readsDraft() ? notices.live(workspaceId) : notices.liveForPatients(workspaceId));
        } catch (WorkspaceAccessDeniedException notPublishedToThem) {
            // A confidential pathway open to every clinician: its notices are for members only.
            urgentNotices.show(List.of());
        }
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
            presence.start(attachEvent.getUI(), workspaceId, editor.openStepId());
            showPresence();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        presence.stop();
        super.onDetach(detachEvent);
    }

    @Override
    protected void changed(CollaborationEvent event) {
        if (!permissions.readsDraft()) {
            showPatientNotice();
            return;
        }
        boolean byOthers = event.actorId() == null || event.actorId() != myId;
        if (byOthers && event.kind() != Kind.PRESENCE_CHANGED) {
            Notification.show(event.message(), 4000, Notification.Position.BOTTOM_END);
        }
        switch (event.kind()) {
            case PRESENCE_CHANGED -> showPresence();
            case STEP_SAVED -> {
                if (!byOthers && ownSaveEcho != null && ownSaveEcho.equals(event.subjectId())) {
                    ownSaveEcho = null;
                } else {
                    stepSaved(event.subjectId());
                }
            }
            case STEP_ADDED, STEP_DELETED, STEP_MOVED, STAGE_CHANGED -> structureChanged(event, byOthers);
            case STAGES_REORDERED -> {
                stagesPanel.reorder(event.stageIds());
                showStageChoices();
            }
            case HANDOVER_CHANGED -> showHandovers();
            case COMMENTS_CHANGED -> {
                if (Objects.equals(event.subjectId(), editor.openStepId())) {
                    comments.refresh();
                }
            }
            case DOCUMENTS_CHANGED -> {
                if (Objects.equals(event.subjectId(), editor.openStepId())) {
                    documents.refresh();
                }
            }
            case DRAFT_REPLACED -> reloadAll();
            case NOTICES_CHANGED -> showUrgentNotices();
            case MEMBERS_CHANGED, WORKSPACE_CHANGED, PROPOSAL_CHANGED -> {
                if (permissions.edits() != stagesPanel.edits()) {
                    reloadAll();
                }
            }
        }
    }

    /** Draws the whole draft afresh, keeping what is typed in the open step. */
    private void reloadAll() {
        DraftPathway draft = drafts.open(workspaceId);
        permissions = draft.permissions();
        addStage.setVisible(permissions.edits());
        editor.setEditable(permissions.edits());
        documents.setEditable(permissions.edits());
        stagesPanel.showAll(draft.stages(), permissions.edits());
        Long open = editor.openStepId();
        if (open != null) {
            draft.step(open).ifPresentOrElse(editor::savedElsewhere, () -> stepGone(null));
        }
        showStageChoices();
        showHandovers();
        showPresence();
    }

    private void stepSaved(long stepId) {
        try {
            StepDetails step = drafts.step(stepId);
            stagesPanel.showStep(step);
            editor.savedElsewhere(step);
            if (Objects.equals(editor.openStepId(), stepId)) {
                showBranches();
            }
            if (handovers.touches(stepId)) {
                showHandovers();
            }
        } catch (DraftItemGoneException deleted) {
            // Deleted since: its own event redraws the stage.
        }
    }

    /** Redraws the stages the change names, and tells the person when it was the step they have open. */
    private void structureChanged(CollaborationEvent event, boolean byOthers) {
        Long subject = event.subjectId();
        boolean stepChange = event.kind() != Kind.STAGE_CHANGED;
        Set<Long> stageIds = new LinkedHashSet<>(event.stageIds());
        if (subject != null && !stepChange) {
            stageIds.add(subject);
        } else if (subject != null && stageIds.isEmpty()) {
            stagesPanel.stageShowing(subject).ifPresent(stageIds::add);
            if (event.kind() != Kind.STEP_DELETED) {
                stageOf(subject).ifPresent(stageIds::add);
            }
        }
        stageIds.forEach(this::showStage);
        if (stepChange && subject != null && subject.equals(editor.openStepId())) {
            if (event.kind() == Kind.STEP_DELETED) {
                stepGone(event.actorName());
            } else if (event.kind() == Kind.STEP_MOVED && byOthers) {
                Long stageId = stageOf(subject).orElse(null);
                String stage = stagesPanel.stages().stream().filter(s -> Objects.equals(s.id(), stageId))
                        .map(StageDetails::title).findFirst().orElse("");
                editor.tell(event.actorName() + " moved this step to stage \u201c" + stage + "\u201d."
                        + (editor.unsaved() ? " Your changes are still in the form, not saved yet." : ""));
            }
        }
        if (event.kind() == Kind.STEP_DELETED) {
            showHandovers();
            showBranches();
        }
        showStageChoices();
    }

    private Optional<Long> stageOf(long stepId) {
        try {
            return Optional.of(drafts.step(stepId).stageId());
        } catch (DraftItemGoneException deleted) {
            return Optional.empty();
        }
    }

    /** Redraws one stage as it now stands, or takes it away if it was deleted. */
    private void showStage(long stageId) {
        try {
            stagesPanel.show(drafts.stage(stageId));
        } catch (DraftItemGoneException deleted) {
            stagesPanel.remove(stageId);
        }
    }

    private void stepGone(String deletedBy) {
        editor.gone((deletedBy == null ? "Someone" : deletedBy) + " deleted this step while you had it open. "
                + "What you typed is still in the form: add it as a new step, or copy it.");
        stagesPanel.select(null);
        presence.editing(null);
        comments.setVisible(false);
        documents.setVisible(false);
        insights.setVisible(false);
        handovers.setVisible(false);
        branches.setVisible(false);
    }

    private void showPresence() {
        List<WorkspacePresence.Visitor> others = presence.others();
        alsoHere.show(others.stream().map(WorkspacePresence.Visitor::name).distinct().toList());
        Map<Long, List<String>> editing = others.stream().filter(visitor -> visitor.stepId() != null)
                .collect(Collectors.groupingBy(WorkspacePresence.Visitor::stepId,
                        Collectors.mapping(WorkspacePresence.Visitor::name, Collectors.collectingAndThen(
                                Collectors.toList(), names -> names.stream().distinct().toList()))));
        stagesPanel.editing(editing);
    }

    private void showStageChoices() {
        Long open = editor.openStepId();
        editor.stages(stagesPanel.stages(), open == null ? null : stagesPanel.stageShowing(open).orElse(null));
    }

    private void showHandovers() {
        Long open = editor.openStepId();
        handovers.setVisible(open != null);
        if (open != null) {
            try {
                handovers.show(open, drafts.handoversOf(open), permissions.edits());
            } catch (DraftItemGoneException deleted) {
                // The step's own event follows.
            }
        }
    }

    // ---- the open step --------------------------------------------------------------------

    /** Opens another step, asking first if that would leave unsaved text behind. */
    @Override
    public void open(long stepId) {
        guarded(() -> {
            StepDetails step;
            try {
                step = drafts.step(stepId);
            } catch (DraftItemGoneException deleted) {
                stagesPanel.stageShowing(stepId).ifPresent(this::showStage);
                return;
            }
            if (editor.unsaved() && !Objects.equals(editor.openStepId(), stepId)) {
                ConfirmDialog leave = new ConfirmDialog("Leave your unsaved changes?",
                        "Your changes to \u201c" + editor.typedTitle() + "\u201d are not saved. If you open another step "
                                + "they are lost.", "Open the other step", event -> guarded(() -> openStep(step)));
                leave.setCancelable(true);
                leave.setCancelText("Keep editing");
                leave.open();
                return;
            }
            openStep(step);
        });
    }

    private void openStep(StepDetails step) {
        editor.open(step, permissions.edits());
        stepPanel.setVisible(true);
        if (!stagesPanel.expanded(step.stageId())) {
            showStage(step.stageId());
            stagesPanel.expand(drafts.stage(step.stageId()));
        }
        stagesPanel.select(step.id());
        comments.show(step.id());
        comments.setVisible(true);
        documents.show(step.id(), permissions.edits());
        documents.setVisible(true);
        insights.show(workspaceId, step.key());
        presence.editing(step.id());
        showHandovers();
        showBranches();
        showStageChoices();
    }

    private void closeStep() {
        editor.close();
        stepPanel.setVisible(false);
        stagesPanel.select(null);
        presence.editing(null);
    }

    @Override
    public StepDetails save(long stepId, long version, StepFields fields) {
        StepDetails saved = drafts.saveStep(stepId, version, fields);
        ownSaveEcho = stepId;
        stagesPanel.showStep(saved);
        if (handovers.touches(stepId)) {
            showHandovers();
        }
        confirm("Step saved");
        return saved;
    }

    @Override
    public void addAgain(long stageId, StepFields fields) {
        StepDetails added = drafts.addStep(stageId, fields);
        showStage(stageId);
        openStep(added);
        confirm("Added \u201c" + added.fields().title() + "\u201d as a new step");
    }

    @Override
    public void move(long stepId, long stageId) {
        moveStep(stepId, stageId, Integer.MAX_VALUE);
    }

    @Override
    public void delete(long stepId, String title) {
        Long stageId = stagesPanel.stageShowing(stepId).orElse(null);
        try {
            drafts.deleteStep(stepId);
        } catch (DraftItemGoneException alreadyGone) {
            // Someone else deleted it first: the outcome is the same.
        }
        closeStep();
        if (stageId != null) {
            showStage(stageId);
        }
        showStageChoices();
        confirm("Deleted \u201c" + title + "\u201d");
    }

    // ---- stages ---------------------------------------------------------------------------

    @Override
    public void rename(long stageId, long version, String title) {
        guarded(() -> new TitleDialog("Rename stage", "Rename", title, false, null, (newTitle, setting) -> guarded(() -> {
            drafts.renameStage(stageId, version, newTitle);
            showStage(stageId);
            showStageChoices();
        })).open());
    }

    @Override
    public void moveStage(long stageId, int index) {
        structural(() -> drafts.moveStage(stageId, index), Set.of(stageId));
    }

    @Override
    public void deleteStage(long stageId) {
        structural(() -> drafts.deleteStage(stageId), Set.of(stageId));
    }

    @Override
    public void addStep(long stageId, String stageTitle) {
        guarded(() -> new TitleDialog("Add a step to \u201c" + stageTitle + "\u201d", "Add step", "", true, null,
                (stepTitle, setting) -> guarded(() -> {
                    StepDetails added = drafts.addStep(stageId, StepFields.titled(stepTitle, setting));
                    showStage(stageId);
                    openStep(added);
                })).open());
    }

    @Override
    public void moveStep(long stepId, long stageId, int index) {
        Set<Long> stages = new LinkedHashSet<>();
        stagesPanel.stageShowing(stepId).ifPresent(stages::add);
        stages.add(stageId);
        structural(() -> drafts.moveStep(stepId, stageId, index), stages);
    }

    @Override
    public void expand(long stageId) {
        guarded(() -> {
            try {
                stagesPanel.expand(drafts.stage(stageId));
            } catch (DraftItemGoneException deleted) {
                stagesPanel.remove(stageId);
            }
        });
    }

    /** A change to the draft's structure, then the stages it touched redrawn; a refusal is told as it is. */
    private void structural(Runnable change, Set<Long> stageIds) {
        guarded(() -> {
            try {
                change.run();
            } catch (InvalidInputException | DraftItemGoneException | OptimisticLockingFailureException refusal) {
                Notification.show(refusal.getMessage(), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            stageIds.forEach(this::showStage);
            showStageChoices();
        });
    }

    // ---- decision branches ----------------------------------------------------------------

    private void showBranches() {
        Long open = editor.openStepId();
        branches.setVisible(open != null);
        if (open != null) {
            try {
                branches.show(drafts.branchesOf(open), permissions.edits());
            } catch (DraftItemGoneException deleted) {
                // The step's own event follows.
            }
        }
    }

    private List<StepChoice> branchChoices() {
        Long open = editor.openStepId();
        return drafts.stepChoices(workspaceId).stream().filter(choice -> !Objects.equals(choice.id(), open)).toList();
    }

    private void saveBranches(List<BranchFields> list) {
        branches.show(drafts.setBranches(editor.openStepId(), list), permissions.edits());
        confirm("Branches saved");
    }

    /** Opens the step a link names ({@code ?step=} with its id), when it is a step of this draft. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (event.hasForwardTarget() || permissions == null || !permissions.readsDraft()) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("step").filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::valueOf).ifPresent(this::openFromAddress);
    }

    private void openFromAddress(long stepId) {
        try {
            StepDetails step = drafts.step(stepId);
            if (stagesPanel.stages().stream().anyMatch(stage -> stage.id() == step.stageId())) {
                openStep(step);
            }
        } catch (DraftItemGoneException | AccessDeniedException notHere) {
            Notification.show("That step is no longer in this draft.", 4000, Notification.Position.BOTTOM_START);
        }
    }

    // ---- hand-overs -----------------------------------------------------------------------

    @Override
    public void add() {
        guarded(() -> {
            long fromId = editor.openStepId();
            List<StepDetails> others = drafts.open(workspaceId).stages().stream().flatMap(stage -> stage.steps().stream())
                    .filter(step -> step.id() != fromId).toList();
            new HandoverDialog(editor.openTitle(), others, null, (toStepId, fields) -> guarded(() -> {
                drafts.addHandover(fromId, toStepId, fields);
                showHandovers();
            })).open();
        });
    }

    @Override
    public void edit(HandoverDetails handover) {
        guarded(() -> new HandoverDialog(handover.fromStepTitle(), List.of(), handover, (toStepId, fields) -> guarded(() -> {
            drafts.saveHandover(handover.id(), handover.version(), fields);
            showHandovers();
        })).open());
    }

    @Override
    public void delete(long handoverId) {
        guarded(() -> {
            try {
                drafts.deleteHandover(handoverId);
            } catch (DraftItemGoneException alreadyGone) {
                // Someone else deleted it first.
            }
            showHandovers();
        });
    }
}
