package org.joinedup.portal.dashboard;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.joinedup.platform.notification.NotificationItem;
import org.joinedup.platform.notification.PendingDecision;
import org.joinedup.platform.notification.WaitingOnYou;
import org.joinedup.platform.time.PortalTime;

/** What waits on the person: the decisions the daily digest lists and their unread mentions, each a link to act. */
class WaitingOnYouCard extends Div {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    WaitingOnYouCard(WaitingOnYou.Waiting waiting) {
        addClassNames("card", "waiting-on-you");
        add(new H2("What waits on you"));
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph("Nothing waits on you. Sign-offs, reviews and mentions will show here "
                    + "when they do.");
            none.addClassName("empty-state");
            add(none);
            return;
        }
        if (!waiting.decisions().isEmpty()) {
            UnorderedList decisions = new UnorderedList();
            decisions.getElement().setAttribute("aria-label", "Decisions waiting on you");
            waiting.decisions().forEach(decision -> decisions.add(decision(decision)));
            add(decisions);
        }
        if (!waiting.unreadMentions().isEmpty()) {
            UnorderedList mentions = new UnorderedList();
            mentions.getElement().setAttribute("aria-label", "Unread mentions");
            waiting.unreadMentions().forEach(mention -> mentions.add(mention(mention)));
            add(mentions);
        }
    }

    private static ListItem decision(PendingDecision decision) {
        ListItem item = new ListItem(new Anchor(decision.link(), decision.title()));
        if (decision.dueBy() != null) {
            Span due = new Span(" (needed by " + DUE.format(decision.dueBy()) + ")");
            due.addClassName("due-by");
            item.add(due);
        }
        return item;
    }

    private static ListItem mention(NotificationItem mention) {
        Span when = new Span(" (" + PortalTime.dateTime(mention.createdAt()) + ")");
        when.addClassName("due-by");
        return new ListItem(new Anchor(mention.link(), mention.title()), when);
    }
}
