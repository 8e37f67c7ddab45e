package org.joinedup.portal.workspaces;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import org.joinedup.pathway.fhir.PlanDefinitionExport;
import org.joinedup.pathway.notices.UrgentNotices;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.ReplacedDraft;
import org.joinedup.pathway.proposal.VersionSummary;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.published.FhirDownload;

/**
 * Every published version, newest first, with who agreed for each setting; links to its
 * printable and patient pages; any two versions compared field by field; for convenors,
 * an older version restored into the draft; and the drafts restores replaced, which a
 * convenor can bring back.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})/history")
@PermitAll
public class HistoryView extends WorkspacePage {

    final Grid<VersionSummary> versions = new Grid<>();
    final Paragraph empty = new Paragraph("No version has been published yet.");
    final Div comparison = new Div();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Button compare = new Button("Compare");
    final ChangeList changes = new ChangeList("The two versions say the same.");
    final Div replaced = new Div();
    final Grid<ReplacedDraft> replacedDrafts = new Grid<>();
    final NoticeHistory noticeHistory = new NoticeHistory();

    private final PlanDefinitionExport export;
    private final UrgentNotices notices;

    HistoryView(WorkspaceService workspaces, PathwayHistory history, PlanDefinitionExport export, CollaborationBus bus,
            UrgentNotices notices) {
        super(workspaces, history, bus, WorkspaceHeader.Page.HISTORY);
        this.export = export;
        this.notices = notices;
        versions.addColumn(VersionSummary::number).setHeader("Version").setFlexGrow(0).setWidth("6em");
        versions.addComponentColumn(version -> WorkspaceFormat.plain(version.summary(), "field-text"))
                .setHeader("Summary").setFlexGrow(3);
        versions.addColumn(version -> version.publishedBy() + ", " + PortalTime.dateTime(version.publishedAt()))
                .setHeader("Published").setFlexGrow(2);
        versions.addColumn(version -> WorkspaceFormat.date(version.reviewDue())).setHeader("Review due");
        versions.addColumn(HistoryView::agreements).setHeader("Agreed").setFlexGrow(3);
        versions.addComponentColumn(this::links).setHeader("Open").setKey("open").setFlexGrow(2);
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        versions.setAllRowsVisible(true);
        versions.setPageSize(20);
        versions.setAriaLabel("Published versions");
        empty.addClassName("empty-state");

        from.setLabel("From");
        to.setLabel("To");
        from.setItemLabelGenerator(HistoryView::versionLabel);
        to.setItemLabelGenerator(HistoryView::versionLabel);
        compare.addClickListener(event -> guarded(this::compare));
        Div choices = new Div(from, to, compare);
        choices.addClassName("filters");
        comparison.add(new H2("Compare two versions"), choices, changes);

        replacedDrafts.addColumn(HistoryView::whatHappened).setHeader("What happened").setFlexGrow(3);
        replacedDrafts.addColumn(HistoryView::held).setHeader("Kept").setFlexGrow(2);
        replacedDrafts.addComponentColumn(this::bringBackButton).setHeader("Bring back").setKey("bringBack")
                .setFlexGrow(1);
        replacedDrafts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        replacedDrafts.setAllRowsVisible(true);
        replacedDrafts.setAriaLabel("Replaced drafts");
        replaced.add(new H2("Replaced drafts"), new Paragraph("Restoring a version keeps the draft it replaces, with "
                + "its comments. A convenor can bring a replaced draft back; the draft it replaces is kept here in turn."),
                replacedDrafts);
        add(new H2("Published versions"), empty, versions, comparison, replaced, noticeHistory);
    }

    @Override
    protected void load() {
        long count = history.countVersions(workspaceId);
        versions.setItems(query -> history.versions(workspaceId, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(history.countVersions(workspaceId)));
        empty.setVisible(count == 0);
        versions.setVisible(count > 0);
        comparison.setVisible(count > 0);
        List<Integer> numbers = IntStream.rangeClosed(0, (int) count).boxed().toList();
        Integer chosenFrom = from.getValue();
        Integer chosenTo = to.getValue();
        from.setItems(numbers);
        to.setItems(numbers.subList(1, numbers.size()));
        from.setValue(chosenFrom != null && chosenFrom <= count ? chosenFrom : Math.max(0, (int) count - 1));
        to.setValue(chosenTo != null && chosenTo <= count && chosenTo > 0 ? chosenTo : count > 0 ? (int) count : null);
        changes.removeAll();
        List<ReplacedDraft> kept = history.replacedDrafts(workspaceId);
        replacedDrafts.setItems(kept);
        replaced.setVisible(!kept.isEmpty());
        noticeHistory.show(workspaceId, notices.board(workspaceId).notices());
    }

    private void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            changes.show(history.compare(workspaceId, from.getValue(), to.getValue()));
        } catch (NoSuchElementException missing) {
            changes.removeAll();
            changes.add(new Paragraph(missing.getMessage()));
        }
    }

    private Component links(VersionSummary version) {
        Div links = new Div(
                WorkspaceRoutes.link("Print", WorkspaceRoutes.print(workspaceId, version.number())),
                WorkspaceRoutes.link("Patient view", WorkspaceRoutes.patient(workspaceId, version.number())),
                new FhirDownload(export, workspaceId, version.number()));
        links.addClassName("version-links");
        if (permissions.convenes()) {
            Button restore = new Button("Restore into the draft", event -> confirmRestore(version));
            restore.setAriaLabel("Restore version " + version.number() + " into the draft");
            links.add(restore);
        }
        return links;
    }

    private void confirmRestore(VersionSummary version) {
        ConfirmDialog confirm = new ConfirmDialog("Restore version " + version.number() + " into the draft?",
                "The draft is replaced by version " + version.number() + ". Comments on steps it keeps stay. The "
                        + "current draft, with all its comments, is kept under \u201cReplaced drafts\u201d on this page "
                        + "and can be brought back. Nothing is published until a proposal is agreed.", "Restore",
                event -> guarded(() -> {
                    history.restore(workspaceId, version.number());
                    confirm("Version " + version.number() + " is now the draft");
                    getUI().ifPresent(ui -> ui.navigate(WorkspaceView.class, WorkspaceRoutes.of(workspaceId)));
                }));
        confirm.setCancelable(true);
        confirm.open();
    }

    private Component bringBackButton(ReplacedDraft draft) {
        if (!permissions.convenes()) {
            return new Span();
        }
        Button bringBack = new Button("Bring back", event -> confirmBringBack(draft));
        bringBack.setAriaLabel("Bring back the draft replaced " + when(draft.replacedAt()));
        return bringBack;
    }

    private void confirmBringBack(ReplacedDraft draft) {
        ConfirmDialog confirm = new ConfirmDialog("Bring back the draft replaced " + when(draft.replacedAt()) + "?",
                "The draft becomes what it was then (" + held(draft) + "), and comments it had come back to their steps. "
                        + "The current draft, with its comments, is kept here in turn. Nothing is published until a "
                        + "proposal is agreed.", "Bring back", event -> guarded(() -> {
                    try {
                        history.bringBack(workspaceId, draft.id());
                    } catch (InvalidInputException gone) {
                        // Another tab or convenor brought it back first: say so rather than fail.
                        Notification.show(gone.getMessage(), 6000, Notification.Position.MIDDLE);
                        return;
                    }
                    confirm("The draft replaced " + when(draft.replacedAt()) + " is back");
                    getUI().ifPresent(ui -> ui.navigate(WorkspaceView.class, WorkspaceRoutes.of(workspaceId)));
                }));
        confirm.setCancelable(true);
        confirm.open();
    }

    /** For example "Draft replaced by restoring version 1 on 3 December 2026 at 14:05 by Dr Priya Shah". */
    static String whatHappened(ReplacedDraft draft) {
        String cause = draft.restoredVersion() != null ? "restoring version " + draft.restoredVersion()
                : "bringing back the draft replaced " + when(draft.broughtBackFrom()) + ",";
        return "Draft replaced by " + cause + " " + when(draft.replacedAt()) + " by " + draft.replacedBy();
    }

    static String held(ReplacedDraft draft) {
        return count(draft.stages(), "stage") + ", " + count(draft.steps(), "step") + ", " + count(draft.comments(), "comment");
    }

    private static String when(Instant instant) {
        return "on " + PortalTime.date(instant) + " at " + PortalTime.time(instant);
    }

    private static String count(int number, String thing) {
        return number + " " + thing + (number == 1 ? "" : "s");
    }

    static String agreements(VersionSummary version) {
        return version.agreements().stream().map(agreement -> agreement.careSetting().label() + ": "
                + agreement.agreedBy() + ", " + PortalTime.date(agreement.agreedAt())).collect(Collectors.joining("; "));
    }

    private static String versionLabel(Integer number) {
        return number == 0 ? "Nothing published" : "Version " + number;
    }
}
