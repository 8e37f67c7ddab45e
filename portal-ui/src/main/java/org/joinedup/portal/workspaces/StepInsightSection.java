package org.joinedup.portal.workspaces;

import java.util.Objects;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.joinedup.forums.insight.PatientInsight;
import org.joinedup.forums.insight.PatientInsights;
import org.joinedup.forums.insight.StepInsights;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ThreadSummary;
import org.joinedup.platform.time.PortalTime;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the forums hold about the open step, read-only: the posts clinicians marked as
 * patient insight on it, each with a link back to its thread, and the threads about the
 * step. Loaded when a step opens, through {@link PatientInsights}, which checks again that
 * the person reads the draft.
 */
class StepInsightSection extends Div {

    final Div insightList = new Div();
    final Div threadList = new Div();
    private final PatientInsights insights;

    StepInsightSection(PatientInsights insights) {
        this.insights = insights;
        addClassName("step-insight");
        insightList.addClassName("patient-insight-list");
        threadList.addClassName("step-thread-list");
        add(new H3("Patient insight"), insightList, new H3("Forum threads about this step"), threadList);
    }

    /** Loads and draws what the forums hold about the step; hidden from anyone who does not read the draft. */
    void show(long workspaceId, String stepKey) {
        StepInsights found;
        try {
            found = insights.onStep(workspaceId, stepKey);
        } catch (AccessDeniedException notForThem) {
            setVisible(false);
            return;
        }
        setVisible(true);
        insightList.removeAll();
        threadList.removeAll();
        if (found.insights().isEmpty()) {
            insightList.add(empty("No posts have been marked as patient insight on this step yet. Clinicians "
                    + "mark them from the forum threads."));
        }
        found.insights().forEach(insight -> insightList.add(insight(insight)));
        if (found.threads().isEmpty()) {
            threadList.add(empty("No forum threads are about this step yet."));
        }
        found.threads().forEach(thread -> threadList.add(thread(thread)));
        threadList.add(WorkspaceRoutes.link("Open the pathway's forum", ForumRoutes.workspaceForum(workspaceId)));
    }

    private static Div insight(PatientInsight insight) {
        Paragraph words = new Paragraph("\u201c" + insight.excerpt() + "\u201d");
        words.addClassName("patient-insight-words");
        Anchor source = WorkspaceRoutes.link(insight.postAuthorName() + " in \u201c" + insight.threadTitle() + "\u201d",
                insight.postRoute());
        Div item = new Div(words, source);
        if (insight.summary() != null) {
            Paragraph summary = new Paragraph(insight.summary());
            summary.addClassName("patient-insight-summary");
            item.add(summary);
        }
        Span attached = new Span("Attached by " + insight.attachedBy() + ", " + PortalTime.dateTime(insight.attachedAt()));
        attached.addClassName("patient-insight-attached-by");
        item.add(attached);
        item.addClassName("patient-insight");
        return item;
    }

    private static Div thread(ThreadSummary thread) {
        Anchor link = WorkspaceRoutes.link(thread.title(), ForumRoutes.thread(thread.id()));
        String facts = (thread.replies() == 1 ? "1 reply" : thread.replies() + " replies") + ", last "
                + PortalTime.dateTime(thread.lastActivityAt()) + (thread.unread() ? ", unread" : "");
        Span about = new Span(Objects.requireNonNullElse(thread.authorName(), "Former member") + " \u00b7 " + facts);
        Div item = new Div(link, about);
        item.addClassName("step-thread");
        return item;
    }

    private static Paragraph empty(String text) {
        Paragraph none = new Paragraph(text);
        none.addClassName("empty-state");
        return none;
    }
}
