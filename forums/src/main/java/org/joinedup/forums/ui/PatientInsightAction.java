package org.joinedup.forums.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.joinedup.forums.insight.PatientInsight;
import org.joinedup.forums.insight.PatientInsights;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.pathway.draft.DraftService;
import org.springframework.core.annotation.Order;

/**
 * Under each published post, for clinicians: the steps it is patient insight on, and "Mark
 * as patient insight", which opens {@link PatientInsightDialog}.
 */
@org.springframework.stereotype.Component
@Order(50)
class PatientInsightAction implements PostAction {

    private final PatientInsights insights;
    private final DraftService drafts;

    PatientInsightAction(PatientInsights insights, DraftService drafts) {
        this.insights = insights;
        this.drafts = drafts;
    }

    @Override
    public Optional<Component> controlFor(PostDetails post, ThreadDetails thread, Runnable changed) {
        if (post.status() != PostStatus.PUBLISHED || !insights.marksInsight()) {
            return Optional.empty();
        }
        List<PatientInsight> on = insights.onPost(post.id());
        Div control = new Div();
        control.addClassName("patient-insight-control");
        if (!on.isEmpty()) {
            Span steps = new Span("Patient insight on: " + on.stream().map(PatientInsight::stepTitle)
                    .collect(Collectors.joining(", ")));
            steps.addClassName("patient-insight-steps");
            control.add(steps);
        }
        Button mark = new Button("Mark as patient insight", event -> new PatientInsightDialog(insights, drafts, post,
                thread, changed).open());
        mark.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        mark.setAriaLabel("Mark the post by " + post.authorName() + " as patient insight");
        control.add(mark);
        return Optional.of(control);
    }
}
