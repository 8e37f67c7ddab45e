package org.joinedup.portal.dashboard;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.platform.notification.WaitingOnYou;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.ui.RoleBadges;

/** A greeting, what waits on you, who the portal thinks you are, and when your account was last used before now. */
@Route("")
@PageTitle("Dashboard | JoinedUp")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout {

    DashboardView(ProfileService profiles, WaitingOnYou waiting) {
        PersonDetails me = profiles.myProfile();
        addClassName("page");
        add(new H1("Welcome, " + me.displayName()));
        add(new Paragraph(me.isStaff()
                ? "JoinedUp is where colleagues from primary, secondary and community care agree how patients "
                        + "move between them, improve care together and learn from each other."
                : "JoinedUp is where patients and carers help the people who run local services design care "
                        + "around what matters to them. Thank you for taking part."));
        add(new WaitingOnYouCard(waiting.mine()));
        add(aboutYou(me));
    }

    private static Div aboutYou(PersonDetails me) {
        Div card = new Div(new H2("Your account"));
        card.addClassName("card");
        if (me.organisationName() != null) {
            card.add(line("Organisation", me.organisationName() + " (" + me.organisationKind().label() + ")"));
        }
        if (me.careSetting() != null) {
            card.add(line("Care setting", me.careSetting().label()));
        }
        if (me.profession() != null) {
            card.add(line("Profession", me.profession()));
        }
        card.add(RoleBadges.of(me.roles()));
        card.add(new Paragraph(me.previousSignInAt() == null
                ? "This is your first sign-in."
                : "Before this visit you last signed in on " + PortalTime.dateTime(me.previousSignInAt())
                        + ". If that was not you, change your password and sign out on every device from your profile."));
        return card;
    }

    private static Paragraph line(String label, String value) {
        Span term = new Span(label + ": ");
        term.addClassName("term");
        return new Paragraph(term, new Span(value));
    }
}
