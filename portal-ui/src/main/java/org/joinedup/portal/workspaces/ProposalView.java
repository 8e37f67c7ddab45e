package org.joinedup.portal.workspaces;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.pathway.proposal.ProposalRevisedException;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.proposal.PublicationRefusedException;
import org.joinedup.pathway.proposal.SettingSignOff;
import org.joinedup.pathway.proposal.SignOffState;
import org.joinedup.pathway.proposal.VersionSummary;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * The change proposal: before one is open, what the draft would put forward and, for
 * convenors, the form to open it; while one is open, each affected setting's sign-off,
 * the changes that concern the reader first, each representative's decision, and the
 * convenor's revise, withdraw and publish.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})/proposal")
@PermitAll
public class ProposalView extends WorkspacePage {

    private static final int DEFAULT_DEADLINE_DAYS = 14;

    final Div content = new Div();
    final TextArea summary = new TextArea("Summary");
    final DatePicker deadline = new DatePicker("Sign-off deadline");
    final Paragraph refusal = new Paragraph();
    final Button openProposal = new Button("Open a proposal");
    final Button revise = new Button("Revise from the current draft");
    final Button withdraw = new Button("Withdraw the proposal");
    final Button publish = new Button("Publish");
    final Paragraph blocked = new Paragraph();
    final Grid<SettingSignOff> signOffs = new Grid<>();
    final Div decisions = new Div();
    /** Says that a decision was refused because the proposal had been revised; the new revision is then on screen. */
    final Paragraph revisedMeanwhile = new Paragraph();

    private final ProposalService proposals;
    private final Clock clock;
    private ProposalDetails proposal;
    /** The proposal revision whose summary and deadline fill the form, so a live reload keeps what was typed. */
    private String prefilledFor;
    /** Each setting's objection reason, kept across reloads so a refusal or a live update never loses what was typed. */
    private final Map<CareSetting, TextArea> reasons = new EnumMap<>(CareSetting.class);
    /** The proposal the typed reasons belong to. */
    private long reasonsFor;

    ProposalView(WorkspaceService workspaces, ProposalService proposals, PathwayHistory history, CollaborationBus bus,
            Clock clock) {
        super(workspaces, history, bus, WorkspaceHeader.Page.PROPOSAL);
        this.proposals = proposals;
        this.clock = clock;
        summary.setMaxLength(WorkspaceLimits.SUMMARY_MAX);
        summary.setHelperText("What the proposal changes and why, in a sentence or two");
        summary.setWidthFull();
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        openProposal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openProposal.addClickListener(event -> guarded(this::open));
        revise.addClickListener(event -> guarded(this::revise));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(event -> confirmWithdrawal());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(event -> guarded(this::publish));
        blocked.addClassName("blocked-because");

        signOffs.addColumn(row -> row.careSetting().label()).setHeader("Setting");
        signOffs.addComponentColumn(row -> WorkspaceFormat.chip(row.state().label(), switch (row.state()) {
            case AGREED -> "success";
            case OBJECTED -> "error";
            case WAITING -> "attention";
        })).setHeader("State");
        signOffs.addColumn(row -> row.decidedBy() != null ? row.decidedBy() + ", "
                + PortalTime.dateTime(row.decidedAt()) + " (revision " + row.revision() + ")"
                : row.lapsed() == null ? "" : lapse(row.lapsed())).setHeader("Decided by").setFlexGrow(2);
        signOffs.addColumn(row -> row.reason() == null ? "" : row.reason()).setHeader("Reason").setFlexGrow(2);
        signOffs.addColumn(row -> row.representatives().isEmpty()
                ? "No representative \u2014 the convenor must name one" : String.join(", ", row.representatives()))
                .setHeader("Who can sign now").setFlexGrow(2);
        signOffs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        signOffs.setAllRowsVisible(true);
        signOffs.setAriaLabel("Sign-off by setting");
        decisions.addClassName("decisions");
        revisedMeanwhile.addClassName("form-refusal");
        revisedMeanwhile.getElement().setAttribute("role", "alert");
        revisedMeanwhile.setVisible(false);
        add(content);
    }

    @Override
    protected void load() {
        content.removeAll();
        if (!permissions.readsDraft()) {
            content.add(new Paragraph("Proposals are agreed between the clinicians of each setting. You will see the "
                    + "pathway as patients will once a version is published."));
            return;
        }
        Optional<ProposalDetails> open = proposals.openProposal(workspaceId);
        proposal = open.orElse(null);
        if (open.isEmpty()) {
            showDraftChanges();
        } else {
            showProposal(open.get());
        }
    }

    private void showDraftChanges() {
        content.add(new H2("No proposal is open"));
        ChangeList changes = new ChangeList("The draft is the same as the last published version: there is nothing to propose.");
        changes.show(proposals.draftChanges(workspaceId));
        if (permissions.convenes()) {
            if (prefilledFor != null) {
                summary.clear();
                deadline.clear();
                prefilledFor = null;
            }
            if (deadline.getValue() == null) {
                deadline.setValue(today().plusDays(DEFAULT_DEADLINE_DAYS));
            }
            deadline.setMin(today());
            content.add(new Paragraph("Opening a proposal asks the representatives of every setting these changes "
                    + "touch to agree before the new version is published."), refusal, summary, deadline, openProposal);
        }
        content.add(new H3("What the draft changes"), changes);
    }

    private void showProposal(ProposalDetails shown) {
        H2 title = new H2("Proposal " + shown.number() + ", revision " + shown.revision());
        Paragraph opened = new Paragraph("Opened by " + shown.openedBy() + " on " + PortalTime.date(shown.openedAt())
                + (shown.baseVersion() == null ? ", for the first version" : ", changing version " + shown.baseVersion()));
        Div due = new Div(new Span("Deadline for sign-off: " + WorkspaceFormat.date(shown.deadline()) + " "));
        if (shown.overdue()) {
            due.add(WorkspaceFormat.chip("OVERDUE", "error"));
        }
        content.add(title, WorkspaceFormat.plain(shown.summary(), "proposal-summary"), opened, due, new H3("Sign-off"),
                signOffs);
        signOffs.setItems(shown.settings());
        showDecisions(shown);
        if (permissions.convenes()) {
            content.add(convenorPanel(shown));
        }
        ChangeList forMe = new ChangeList("None of these changes touches your setting.");
        forMe.show(shown.forMe());
        ChangeList others = new ChangeList("No other changes.");
        others.show(shown.others());
        content.add(new H3("Changes that affect you"), forMe, new H3("Other changes"), others);
    }

    private void showDecisions(ProposalDetails shown) {
        decisions.removeAll();
        if (reasonsFor != shown.id()) {
            reasons.clear();
            reasonsFor = shown.id();
        }
        shown.settings().stream().filter(SettingSignOff::mine).forEach(setting -> decisions.add(decision(shown, setting)));
        if (decisions.getComponentCount() > 0) {
            decisions.addComponentAsFirst(revisedMeanwhile);
            content.add(decisions);
        }
    }

    /** The buttons name the revision on screen, so a decision never applies to a revision the person has not read. */
    private Component decision(ProposalDetails shown, SettingSignOff setting) {
        String name = setting.careSetting().label();
        TextArea reason = reasons.computeIfAbsent(setting.careSetting(), ignored -> reasonField(name));
        Button agree = new Button("Agree for " + name, event -> guarded(() -> decide(
                () -> proposals.agree(shown.id(), shown.revision(), setting.careSetting()), reason, name + " agreed")));
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button object = new Button("Object for " + name, event -> guarded(() -> decide(
                () -> proposals.object(shown.id(), shown.revision(), setting.careSetting(), reason.getValue()), reason,
                name + " objected")));
        object.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div box = new Div(new H3("Your decision for " + name), new Paragraph(setting.state() == SignOffState.WAITING
                ? "Waiting for your decision." : "Standing: " + setting.state().label().toLowerCase(PortalTime.LOCALE)
                        + " by " + setting.decidedBy() + "."), reason, new Div(agree, object));
        if (setting.state() == SignOffState.OBJECTED) {
            Button withdrawObjection = new Button("Withdraw the objection of " + name, event -> guarded(() -> decide(
                    () -> proposals.withdrawObjection(proposal.id(), setting.careSetting()), reason,
                    "Objection withdrawn")));
            box.add(withdrawObjection);
        }
        box.addClassName("decision");
        return box;
    }

    private static TextArea reasonField(String settingName) {
        TextArea reason = new TextArea("Reason for objecting");
        reason.setMaxLength(WorkspaceLimits.REASON_MAX);
        reason.setWidthFull();
        reason.setHelperText("Required to object: what would have to change for " + settingName + " to agree");
        return reason;
    }

    private void decide(Runnable decision, TextArea reason, String done) {
        reason.setInvalid(false);
        revisedMeanwhile.setVisible(false);
        try {
            decision.run();
            reason.clear();
            load();
            confirm(done);
        } catch (ProposalRevisedException revised) {
            load();
            revisedMeanwhile.setText(revised.getMessage() + " Anything you typed is still in the form.");
            revisedMeanwhile.setVisible(true);
        } catch (InvalidInputException refused) {
            reason.setErrorMessage(refused.getMessage());
            reason.setInvalid(true);
        }
    }

    private static String lapse(SettingSignOff.Lapse lapse) {
        return lapse.decidedBy() + "'s decision no longer stands: " + switch (lapse.because()) {
            case LEFT_WORKSPACE -> "they left the workspace";
            case NO_LONGER_REPRESENTATIVE -> "they are no longer a setting representative";
            case REPRESENTS_ANOTHER_SETTING -> "they now represent another setting";
            case NOT_OWN_SETTING -> "they no longer work in this setting";
            case ACCOUNT_DEACTIVATED -> "their account was deactivated";
            case ACCOUNT_CLOSED -> "their account was closed";
            case DECIDED_AGAIN, OBJECTION_WITHDRAWN, PROPOSAL_REVISED -> throw new IllegalStateException(
                    lapse.because() + " is not a lapse");
        } + " (" + PortalTime.dateTime(lapse.at()) + "). The setting must sign again.";
    }

    private Component convenorPanel(ProposalDetails shown) {
        publish.setEnabled(shown.publishable());
        blocked.setText(shown.blockedBecause() == null ? "Every affected setting has agreed: it can be published."
                : shown.blockedBecause());
        String revision = shown.id() + "/" + shown.revision();
        if (!revision.equals(prefilledFor)) {
            summary.setValue(shown.summary());
            deadline.setValue(shown.deadline());
            clearRefusals();
            prefilledFor = revision;
        }
        deadline.setMin(null);
        Div publishing = new Div(new H3("Publish"), blocked, publish);
        Div revising = new Div(new H3("Revise or withdraw"), new Paragraph("Revising replaces the proposal with the "
                + "draft as it is now; settings whose part changes are asked again."), refusal, summary, deadline,
                new Div(revise, withdraw));
        Div panel = new Div(publishing, revising);
        panel.addClassName("convenor-panel");
        return panel;
    }

    private void open() {
        clearRefusals();
        try {
            proposals.open(workspaceId, summary.getValue(), deadline.getValue());
            summary.clear();
            refreshHeader();
            load();
            confirm("Proposal opened: the representatives have been asked to sign off");
        } catch (InvalidInputException refused) {
            refuse(refused);
        }
    }

    private void revise() {
        clearRefusals();
        try {
            proposals.revise(proposal.id(), summary.getValue(), deadline.getValue());
            load();
            confirm("Proposal revised");
        } catch (InvalidInputException refused) {
            refuse(refused);
        }
    }

    private void confirmWithdrawal() {
        ConfirmDialog confirm = new ConfirmDialog("Withdraw proposal " + proposal.number() + "?",
                "Sign-offs given to it lapse. The draft stays as it is.", "Withdraw", event -> guarded(() -> {
                    try {
                        proposals.withdraw(proposal.id());
                        confirm("Proposal withdrawn");
                    } catch (InvalidInputException refused) {
                        refusal.setText(refused.getMessage());
                        refusal.setVisible(true);
                    }
                    refreshHeader();
                    load();
                }));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void publish() {
        try {
            VersionSummary version = proposals.publish(proposal.id());
            refreshHeader();
            load();
            confirm("Version " + version.number() + " published");
        } catch (PublicationRefusedException | InvalidInputException refused) {
            load();
            blocked.setText(refused.getMessage());
        }
    }

    private void clearRefusals() {
        refusal.setVisible(false);
        summary.setInvalid(false);
        deadline.setInvalid(false);
    }

    private void refuse(InvalidInputException refused) {
        switch (refused.field()) {
            case "summary" -> {
                summary.setErrorMessage(refused.getMessage());
                summary.setInvalid(true);
            }
            case "deadline" -> {
                deadline.setErrorMessage(refused.getMessage());
                deadline.setInvalid(true);
            }
            default -> {
                refusal.setText(refused.getMessage());
                refusal.setVisible(true);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }
}
