package org.joinedup.forums.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.joinedup.forums.interfaceissues.InterfaceIssueChangedException;
import org.joinedup.forums.interfaceissues.InterfaceIssueDetails;
import org.joinedup.forums.interfaceissues.InterfaceIssueLimits;
import org.joinedup.forums.interfaceissues.InterfaceIssueLog;
import org.joinedup.forums.interfaceissues.InterfaceIssueNotFoundException;
import org.joinedup.forums.interfaceissues.InterfaceIssueRoutes;
import org.joinedup.forums.interfaceissues.InterfaceIssueStatus;
import org.joinedup.forums.interfaceissues.IssueHistoryEntry;
import org.joinedup.forums.interfaceissues.StatusChange;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.identity.people.OrganisationCard;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * One interface issue: what it is, who owns it, its history and a link to its thread.
 * Clinicians move it on with a note; a change made by someone else meanwhile is refused
 * with the note kept, and the page offers the issue as it now stands.
 */
@Route(InterfaceIssueRoutes.ISSUE_TEMPLATE)
@PageTitle("Interface issue | JoinedUp")
@RolesAllowed({"CLINICIAN", "MODERATOR", "ADMIN"})
public class InterfaceIssueView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    private final InterfaceIssueLog log;
    private final Optional<ChangeProposalSection> changeProposals;
    final Select<InterfaceIssueStatus> newStatus = new Select<>();
    final TextArea note = new TextArea("Note");
    final Paragraph refusal = new Paragraph();
    private InterfaceIssueDetails issue;

    InterfaceIssueView(InterfaceIssueLog log, Optional<ChangeProposalSection> changeProposals) {
        this.log = log;
        this.changeProposals = changeProposals;
        addClassName("page");
        newStatus.setLabel("New status");
        newStatus.setItemLabelGenerator(status -> status == null ? "" : status.label());
        note.setMaxLength(InterfaceIssueLimits.NOTE_MAX);
        note.setHelperText("What was done or agreed, or why it is escalated. Nothing that could identify a patient.");
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> issueId = event.getRouteParameters().getLong(InterfaceIssueRoutes.ISSUE_PARAMETER);
        if (issueId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(log.issue(issueId.get()));
        } catch (InterfaceIssueNotFoundException missing) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(InterfaceIssueDetails shown) {
        this.issue = shown;
        removeAll();
        add(InterfaceIssuesView.link("Interface issues log", InterfaceIssueRoutes.LOG));
        add(new H1(shown.title()));
        Span status = new Span(shown.status().label() + (shown.overdue() ? ", overdue" : ""));
        status.addClassName("interface-issue-status");
        add(new Paragraph(shown.kind().label()), status);

        Div facts = new Div();
        facts.addClassName("interface-issue-facts");
        facts.add(new Paragraph("Owned by " + (shown.owner() == null ? "a former organisation" : shown.owner().name())
                + ", due " + shown.dueDate().format(DATE) + "."));
        facts.add(new Paragraph("Organisations involved: " + shown.organisations().stream().map(OrganisationCard::name)
                .collect(Collectors.joining(", ")) + "."));
        facts.add(new Paragraph("Raised by " + shown.raisedByName() + " on " + PortalTime.dateTime(shown.raisedAt())
                + "."));
        if (shown.workspaceId() != null) {
            facts.add(shown.workspaceTitle() == null
                    ? new Paragraph("It concerns a pathway you cannot open.")
                    : new Paragraph(new Span("It concerns the pathway "),
                            InterfaceIssuesView.link(shown.workspaceTitle(), "workspaces/" + shown.workspaceId()),
                            new Span(".")));
        }
        Paragraph description = new Paragraph(shown.description());
        description.addClassName("interface-issue-description");
        add(facts, description);
        if (shown.threadId() != null) {
            add(InterfaceIssuesView.link("Discuss it in its thread", ForumRoutes.thread(shown.threadId())));
        }

        add(new H2("History"));
        OrderedList history = new OrderedList();
        for (IssueHistoryEntry entry : shown.history()) {
            history.add(new ListItem((entry.from() == null ? "Raised" : entry.from().label() + " to "
                    + entry.to().label()) + " by " + entry.byName() + ", " + PortalTime.dateTime(entry.at()) + ": "
                    + entry.note()));
        }
        add(history);

        if (!shown.nextStatuses().isEmpty()) {
            add(statusForm(shown));
        }
        changeProposals.flatMap(section -> section.sectionFor(shown, () -> show(log.issue(shown.id()))))
                .ifPresent(this::add);
    }

    private Div statusForm(InterfaceIssueDetails shown) {
        newStatus.setItems(shown.nextStatuses().stream().sorted().toList());
        newStatus.setInvalid(false);
        note.setInvalid(false);
        refusal.setVisible(false);
        Button change = new Button("Change status", event -> changeStatus());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2("Move it on"), refusal, newStatus, note, change);
        form.addClassName("interface-issue-status-form");
        return form;
    }

    private void changeStatus() {
        newStatus.setInvalid(false);
        note.setInvalid(false);
        refusal.setVisible(false);
        try {
            InterfaceIssueDetails changed = log.changeStatus(issue.id(), issue.version(),
                    new StatusChange(newStatus.getValue(), note.getValue()));
            note.clear();
            show(changed);
            Notification.show("The issue is now " + changed.status().label().toLowerCase(), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InterfaceIssueChangedException stale) {
            String typed = note.getValue();
            show(log.issue(issue.id()));
            note.setValue(typed);
            refusal.setText(stale.getMessage());
            refusal.setVisible(true);
        } catch (InvalidInputException refused) {
            refused.messages().forEach((field, message) -> {
                if (field.equals("status")) {
                    newStatus.setErrorMessage(message);
                    newStatus.setInvalid(true);
                } else {
                    note.setErrorMessage(message);
                    note.setInvalid(true);
                }
            });
        }
    }
}
