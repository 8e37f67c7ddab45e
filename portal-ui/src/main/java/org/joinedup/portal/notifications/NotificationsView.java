package org.joinedup.portal.notifications;

import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.joinedup.platform.notification.DigestDetails;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationFeed;
import org.joinedup.platform.notification.NotificationItem;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.notification.NotificationPreferences;
import org.joinedup.platform.notification.PendingDecision;
import org.joinedup.platform.time.PortalTime;

/**
 * The signed-in person's notifications, newest first and a page at a time, unread ones
 * marked. Opening one marks it read and follows its link; a daily digest opens here, as
 * the list of decisions it named. New notifications appear while the page is open.
 */
@Route("notifications")
@PageTitle("Notifications | JoinedUp")
@Menu(order = 5, title = "Notifications", icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver {

    private static final String EMPTY = "Nothing new. Sign-off requests, mentions, objections and publications will "
            + "appear here.";
    private static final String DIGEST_CHOICE = "Send me a daily digest of decisions that wait on me";
    private static final String EMAIL_CHOICE = "Also by e-mail";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", PortalTime.LOCALE);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    private final Grid<NotificationItem> grid = new Grid<>();
    private final Span empty = new Span(EMPTY);
    private final Button markAllRead = new Button("Mark all as read", VaadinIcon.CHECK_SQUARE_O.create());
    private final Checkbox digestChoice = new Checkbox(DIGEST_CHOICE);
    private final Checkbox emailChoice = new Checkbox(EMAIL_CHOICE);
    private final Div digestPanel = new Div();
    private final NotificationCentre centre;
    private final Viewer viewer = Viewer.current();

    NotificationsView(NotificationCentre centre, NotificationPreferences preferences, NotificationFeed feed) {
        this.centre = centre;
        addClassName("page");
        setSizeFull();

        markAllRead.addClickListener(event -> {
            centre.markAllRead();
            refresh();
        });
        Div actions = new Div(markAllRead);
        actions.addClassName("button-row");

        digestPanel.addClassName("card");
        digestPanel.addClassName("digest-panel");
        digestPanel.setVisible(false);

        empty.addClassName("empty-state");

        grid.addComponentColumn(item -> item.read() ? new Span() : unreadBadge()).setHeader("Status")
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.kind().label()).setHeader("About").setKey("about").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::opener).setHeader("Notification").setKey("title").setFlexGrow(3);
        grid.addColumn(item -> PortalTime.dateTime(item.createdAt())).setHeader("Received").setKey("received")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.read() ? null : "unread");
        grid.setAriaLabel("Notifications");
        grid.setItems(
                query -> viewer.read(() -> centre.mine(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(viewer.read(centre::countMine)));

        digestChoice.setValue(preferences.digestEnabled());
        digestChoice.setHelperText("Each morning, one notification listing the sign-offs and other decisions that "
                + "are waiting on you. Nothing is sent on a day when nothing is waiting.");
        digestChoice.addValueChangeListener(event -> preferences.setDigestEnabled(event.getValue()));
        emailChoice.setValue(preferences.byEmail());
        emailChoice.setHelperText("The daily digest, and reminders of deadlines and reviews, also come to the e-mail "
                + "address you sign in with.");
        emailChoice.addValueChangeListener(event -> preferences.setByEmail(event.getValue()));
        Div digestSetting = new Div(new H2("Daily digest"), digestChoice, emailChoice);
        digestSetting.addClassName("card");

        add(new H1("Notifications"), actions, digestPanel, empty, grid, digestSetting);
        setFlexGrow(1, grid);
        LiveUpdates.keep(this, feed, () -> viewer.read(() -> {
            refresh();
            return null;
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = centre.countMine() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        markAllRead.setEnabled(centre.unreadCount() > 0);
    }

    private static Span unreadBadge() {
        Span badge = new Span("Unread");
        badge.addClassName("notification-unread");
        return badge;
    }

    private Button opener(NotificationItem item) {
        Button open = new Button(item.title(), event -> open(item));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("notification-title");
        return open;
    }

    private void open(NotificationItem item) {
        if (!item.read()) {
            centre.markRead(item.id());
        }
        if (item.kind() == NotificationKind.DIGEST) {
            showDigest(item);
            refresh();
        } else {
            // Parsed as a whole, so a link's query parameters reach the page it opens.
            Location target = new Location(item.link());
            getUI().ifPresent(ui -> ui.navigate(target.getPath(), target.getQueryParameters()));
        }
    }

    private void showDigest(NotificationItem item) {
        digestPanel.removeAll();
        try {
            DigestDetails digest = centre.digest(item.id());
            UnorderedList decisions = new UnorderedList();
            for (PendingDecision decision : digest.decisions()) {
                Anchor link = new Anchor(decision.link(), decision.title());
                ListItem line = new ListItem(link);
                if (decision.dueBy() != null) {
                    line.add(new Span(", needed by " + DUE.format(decision.dueBy())));
                }
                decisions.add(line);
            }
            digestPanel.add(new H2("Decisions waiting on you"),
                    new Paragraph("From your daily digest of " + DAY.format(digest.day()) + ". Some may have "
                            + "been decided since."),
                    decisions);
            int notListed = digest.waiting() - digest.decisions().size();
            if (notListed > 0) {
                digestPanel.add(new Paragraph("And " + notListed + " more not listed here."));
            }
        } catch (NoSuchElementException gone) {
            digestPanel.add(new Paragraph("This digest is no longer available."));
        }
        digestPanel.setVisible(true);
    }
}
