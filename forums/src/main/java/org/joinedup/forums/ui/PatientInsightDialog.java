package org.joinedup.forums.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.forums.insight.InsightLimits;
import org.joinedup.forums.insight.InsightWorkspace;
import org.joinedup.forums.insight.MarkInsight;
import org.joinedup.forums.insight.PatientInsight;
import org.joinedup.forums.insight.PatientInsights;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Marks a post as patient insight on a step: the pathway (the forum's own for a workspace's
 * forum), the step, an optional one-line summary. Lists the steps it is already on, each of
 * which can be taken off.
 */
class PatientInsightDialog extends Dialog {

    final Select<InsightWorkspace> pathway = new Select<>();
    final Select<StepChoice> step = new Select<>();
    final TextField summary = new TextField("Summary (optional)");
    final Button mark = new Button("Mark as patient insight");
    private final Div attached = new Div();
    private final Paragraph refusal = new Paragraph();
    private final PatientInsights insights;
    private final DraftService drafts;
    private final PostDetails post;
    private final Runnable changed;

    PatientInsightDialog(PatientInsights insights, DraftService drafts, PostDetails post, ThreadDetails thread,
            Runnable changed) {
        this.insights = insights;
        this.drafts = drafts;
        this.post = post;
        this.changed = changed;
        setHeaderTitle("Mark as patient insight");
        Paragraph about = new Paragraph("Attach what " + post.authorName() + " wrote to the pathway step it bears on. "
                + "People working on the pathway see it on that step, with a link back to this thread, and when a "
                + "published version changes the step, this thread is told what changed.");
        pathway.setLabel("Pathway");
        pathway.setItemLabelGenerator(InsightWorkspace::title);
        pathway.setEmptySelectionAllowed(false);
        pathway.setWidthFull();
        step.setLabel("Step");
        step.setItemLabelGenerator(choice -> choice.stageTitle() + ": " + choice.label());
        step.setWidthFull();
        summary.setMaxLength(InsightLimits.SUMMARY_MAX);
        summary.setHelperText("One line on what this tells the people designing the pathway. No patient details.");
        summary.setWidthFull();
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        attached.addClassName("patient-insight-attached");
        add(about, attached, pathway, step, summary, refusal);
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mark.addClickListener(event -> mark());
        Button close = new Button("Close", event -> close());
        getFooter().add(close, mark);

        List<InsightWorkspace> choices = insights.workspaceChoices(post.id());
        pathway.setItems(choices);
        pathway.addValueChangeListener(event -> showSteps(event.getValue()));
        Long own = thread.forum().workspaceId();
        choices.stream().filter(choice -> Objects.equals(choice.id(), own)).findFirst().ifPresent(pathway::setValue);
        if (choices.isEmpty()) {
            tell("You do not read the draft of any pathway, so there is no step to attach this post to.");
            mark.setEnabled(false);
        }
        showAttached();
    }

    private void showSteps(InsightWorkspace workspace) {
        step.clear();
        step.setInvalid(false);
        step.setItems(workspace == null ? List.of() : drafts.stepChoices(workspace.id()));
    }

    private void showAttached() {
        attached.removeAll();
        List<PatientInsight> on = insights.onPost(post.id());
        attached.setVisible(!on.isEmpty());
        if (on.isEmpty()) {
            return;
        }
        attached.add(new Span("Patient insight on:"));
        for (PatientInsight insight : on) {
            Button detach = new Button("Take off", event -> detach(insight));
            detach.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            detach.setAriaLabel("Take this post off the step " + insight.stepTitle());
            Div row = new Div(new Span(insight.stepTitle() + " (attached by " + insight.attachedBy() + ")"), detach);
            row.addClassName("patient-insight-step");
            attached.add(row);
        }
    }

    private void mark() {
        clearRefusals();
        InsightWorkspace workspace = pathway.getValue();
        StepChoice chosen = step.getValue();
        try {
            PatientInsight marked = insights.mark(post.id(), new MarkInsight(workspace == null ? null : workspace.id(),
                    chosen == null ? null : chosen.key(), summary.getValue()));
            Notification.show("Marked as patient insight on \u201c" + marked.stepTitle() + "\u201d", 4000,
                    Notification.Position.BOTTOM_START);
            close();
            changed.run();
        } catch (InvalidInputException refused) {
            refused.messages().forEach(this::refuse);
        } catch (AccessDeniedException | ForumItemGoneException refused) {
            tell(refused.getMessage());
        }
    }

    private void detach(PatientInsight insight) {
        clearRefusals();
        try {
            insights.detach(insight.id());
            Notification.show("Taken off \u201c" + insight.stepTitle() + "\u201d", 4000, Notification.Position.BOTTOM_START);
        } catch (AccessDeniedException | ForumItemGoneException refused) {
            tell(refused.getMessage());
        }
        showAttached();
        changed.run();
    }

    private void refuse(String field, String message) {
        switch (field) {
            case "workspaceId" -> {
                pathway.setErrorMessage(message);
                pathway.setInvalid(true);
            }
            case "stepKey" -> {
                step.setErrorMessage(message);
                step.setInvalid(true);
            }
            case "summary" -> {
                summary.setErrorMessage(message);
                summary.setInvalid(true);
            }
            default -> tell(message);
        }
    }

    private void clearRefusals() {
        pathway.setInvalid(false);
        step.setInvalid(false);
        summary.setInvalid(false);
        refusal.setVisible(false);
    }

    private void tell(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
