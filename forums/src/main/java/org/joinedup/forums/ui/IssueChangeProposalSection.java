package org.joinedup.forums.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.forums.interfaceissues.InterfaceIssueDetails;
import org.joinedup.forums.interfaceissues.InterfaceIssueLog;
import org.joinedup.forums.interfaceissues.IssueHistoryEntry;
import org.joinedup.pathway.proposal.ChangeRequestOutcome;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * On a resolved issue's page, for the convenor of the pathway it concerns: opening a change
 * proposal there (or adding to the open one) with what should change; afterwards, a link to
 * the proposal for everyone who may open the pathway.
 */
@org.springframework.stereotype.Component
class IssueChangeProposalSection implements ChangeProposalSection {

    private final InterfaceIssueLog log;

    IssueChangeProposalSection(InterfaceIssueLog log) {
        this.log = log;
    }

    @Override
    public Optional<Component> sectionFor(InterfaceIssueDetails issue, Runnable changed) {
        if (issue.changeProposalId() != null && issue.workspaceTitle() != null) {
            return Optional.of(new Div(new H2("Change to the pathway"),
                    new Paragraph("A change to " + issue.workspaceTitle() + " was asked for from this issue."),
                    InterfaceIssuesView.link("See the change proposal", "workspaces/" + issue.workspaceId()
                            + "/proposal")));
        }
        if (!issue.mayRequestChange()) {
            return Optional.empty();
        }
        TextArea reason = new TextArea("What should change in the pathway");
        reason.setMaxLength(WorkspaceLimits.REASON_MAX);
        reason.setValue(suggested(issue));
        reason.setWidthFull();
        Paragraph refusal = new Paragraph();
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button open = new Button("Open a change proposal", event -> {
            reason.setInvalid(false);
            refusal.setVisible(false);
            try {
                ChangeRequestOutcome outcome = log.requestChange(issue.id(), reason.getValue());
                Notification.show(outcome.opened() ? "Change proposal opened on " + issue.workspaceTitle()
                        : "Added to the open change proposal on " + issue.workspaceTitle(), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changed.run();
            } catch (InvalidInputException refused) {
                reason.setErrorMessage(String.join(" ", refused.messages().values()));
                reason.setInvalid(true);
            } catch (WorkspaceAccessDeniedException refused) {
                refusal.setText(refused.getMessage());
                refusal.setVisible(true);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Optional.of(new Div(new H2("Change the pathway"), new Paragraph("This issue is resolved and concerns "
                + issue.workspaceTitle() + ", which you convene. If the pathway should change because of it, open a "
                + "change proposal: each affected setting is asked to agree, as for any change."), refusal, reason, open));
    }

    private static String suggested(InterfaceIssueDetails issue) {
        List<IssueHistoryEntry> history = issue.history();
        String resolution = history.isEmpty() ? "" : " " + history.getLast().note();
        String text = "Interface issue \u201c" + issue.title() + "\u201d was resolved." + resolution;
        return text.length() <= WorkspaceLimits.REASON_MAX ? text : text.substring(0, WorkspaceLimits.REASON_MAX);
    }
}
