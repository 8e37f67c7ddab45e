package org.joinedup.forums.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.joinedup.forums.moderation.FlagDetails;
import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.moderation.NewSuspension;
import org.joinedup.forums.moderation.QueueItem;
import org.joinedup.forums.moderation.SuspensionDetails;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * The moderation queue: held posts and flagged posts, the longest waiting first, a page at a
 * time, each with what a moderator needs to decide; and the suspensions in force.
 */
@Route("forums/moderation")
@PageTitle("Moderation | JoinedUp")
@Menu(order = 28, title = "Moderation", icon = "vaadin:gavel")
@RolesAllowed("MODERATOR")
@AccessDeniedErrorRouter
public class ModerationQueueView extends VerticalLayout {

    static final int PAGE = 20;

    private final ModerationService moderation;
    private final ForumService forums;
    private final VerticalLayout queue = new VerticalLayout();
    private final Paragraph empty = new Paragraph("Nothing is waiting. Held and flagged posts appear here, the "
            + "longest waiting at the top.");
    private final Paragraph count = new Paragraph();
    private final Button more = new Button("Show more");
    private final VerticalLayout suspended = new VerticalLayout();
    private int shown;

    ModerationQueueView(ModerationService moderation, ForumService forums) {
        this.moderation = moderation;
        this.forums = forums;
        addClassName("page");
        queue.setPadding(false);
        suspended.setPadding(false);
        empty.addClassName("empty-state");
        more.addClickListener(event -> showMore());
        add(new H1("Moderation"),
                new Paragraph("Posts held before anyone could read them, and posts readers have flagged. Approve "
                        + "what is fine, edit out what should not be there with a note, or hide it with a reason "
                        + "the author will see. Every decision is recorded."),
                new RouterLink("Community guidelines", CommunityGuidelinesView.class),
                count, empty, queue, more, new H2("Suspended from posting"), suspended);
        reload();
    }

    private void reload() {
        int wanted = Math.max(PAGE, shown);
        queue.removeAll();
        shown = 0;
        load(wanted);
        showSuspensions();
    }

    private void showMore() {
        load(PAGE);
    }

    private void load(int limit) {
        List<QueueItem> items = moderation.queue(shown, limit);
        items.forEach(item -> queue.add(card(item)));
        shown += items.size();
        long total = moderation.queueSize();
        count.setText(total == 0 ? "" : total == 1 ? "1 post is waiting." : total + " posts are waiting.");
        empty.setVisible(total == 0);
        more.setVisible(shown < total);
    }

    private Component card(QueueItem item) {
        Div card = new Div();
        card.addClassName("moderation-item");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        H3 title = new H3(new Anchor(ForumRoutes.post(item.threadId(), item.postId()), item.threadTitle()));
        Paragraph where = new Paragraph("In " + item.forumTitle() + ". Written by " + item.authorName()
                + (item.authorRealName() == null || item.authorRealName().equals(item.authorName()) ? ""
                        : " (real name " + item.authorRealName() + ")")
                + " on " + PortalTime.dateTime(item.writtenAt()) + "; waiting since "
                + PortalTime.dateTime(item.waitingSince()) + ".");
        Paragraph reason = new Paragraph(item.reason());
        reason.getStyle().set("font-weight", "600");
        card.add(title, where, reason);
        if (!item.flags().isEmpty()) {
            card.add(new Paragraph("Flags: " + item.flags().stream().map(ModerationQueueView::flag)
                    .collect(Collectors.joining("; ")) + "."));
        }
        Html text = new Html(item.highlightedHtml() != null ? item.highlightedHtml()
                : "<div class=\"moderation-text\">" + item.html() + "</div>");
        card.add(text);
        card.add(actions(item));
        return card;
    }

    private static String flag(FlagDetails flag) {
        return flag.flaggedBy() + ": " + flag.reason().label()
                + (flag.note() == null ? "" : " (“" + flag.note() + "”)");
    }

    private Component actions(QueueItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        if (item.status() != PostStatus.PUBLISHED) {
            Button approve = new Button("Approve", event -> {
                ModerationDialogs.decide(() -> moderation.approve(item.postId(), item.version()),
                        "Approved: the post is now in its thread.");
                reload();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(approve);
        }
        if (!item.flags().isEmpty()) {
            Button dismiss = new Button("Dismiss flags", event -> {
                ModerationDialogs.decide(() -> moderation.dismissFlags(item.postId(), item.version()),
                        "The flags are dismissed and the post stays.");
                reload();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(dismiss);
        }
        Button edit = new Button("Edit with note", event -> ModerationDialogs.edit(item.body(), change -> {
            moderation.editWithNote(item.postId(), item.version(), change);
            ModerationDialogs.tell("The post is edited, with your note.", NotificationVariant.LUMO_SUCCESS);
            reload();
        }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button hide = new Button("Hide", event -> ModerationDialogs.hide(reason -> {
            moderation.hide(item.postId(), item.version(), reason);
            ModerationDialogs.tell("The post is hidden and its author told why.", NotificationVariant.LUMO_SUCCESS);
            reload();
        }).open());
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Button history = new Button("History", event -> ModerationDialogs.history(forums.revisions(item.postId()))
                .open());
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button suspend = new Button("Suspend author", event -> ModerationDialogs.suspend(item.authorName(),
                suspension -> {
                    moderation.suspend(new NewSuspension(item.authorId(), suspension.days(), suspension.reason()));
                    ModerationDialogs.tell(item.authorName() + " cannot post in the forums for now.",
                            NotificationVariant.LUMO_SUCCESS);
                    showSuspensions();
                }).open());
        suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(edit, hide, history, suspend);
        return actions;
    }

    private void showSuspensions() {
        suspended.removeAll();
        List<SuspensionDetails> list = moderation.suspensions();
        if (list.isEmpty()) {
            suspended.add(new Paragraph("Nobody is suspended."));
        }
        for (SuspensionDetails suspension : list) {
            Button lift = new Button("Lift", event -> {
                try {
                    moderation.lift(suspension.id());
                    ModerationDialogs.tell(suspension.displayName() + " can post again.",
                            NotificationVariant.LUMO_SUCCESS);
                } catch (InvalidInputException e) {
                    ModerationDialogs.tell(e.getMessage(), NotificationVariant.LUMO_WARNING);
                }
                showSuspensions();
            });
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            lift.setAriaLabel("Lift the suspension of " + suspension.displayName());
            String name = suspension.displayName()
                    + (suspension.realName() == null || suspension.realName().equals(suspension.displayName()) ? ""
                            : " (real name " + suspension.realName() + ")");
            HorizontalLayout row = new HorizontalLayout(new Paragraph(name + ", until "
                    + PortalTime.dateTime(suspension.endsAt()) + ", by " + suspension.suspendedBy() + ": "
                    + suspension.reason()), lift);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            suspended.add(row);
        }
    }
}
