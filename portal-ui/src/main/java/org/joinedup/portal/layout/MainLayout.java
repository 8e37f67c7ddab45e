package org.joinedup.portal.layout;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationFeed;
import org.joinedup.portal.notifications.NotificationBell;
import org.joinedup.portal.ui.RoleBadges;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The frame of every signed-in page. Navigation is built from the views' {@code @Menu}
 * annotations and lists only the views the person may open, so a feature module adds
 * an entry by adding a view. The header holds the notification bell, the person and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(ProfileService profiles, AuthenticationContext authentication, Environment environment,
            NotificationCentre notifications, NotificationFeed notificationFeed) {
        PersonDetails me = profiles.myProfile();
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Div demo = new Div(new Span("Demonstration portal: every person and organisation here is fictional."));
            demo.addClassName("demo-banner");
            demo.getElement().setAttribute("role", "note");
            addToDrawer(demo);
        }
        NotificationBell bell = new NotificationBell(notifications, notificationFeed);
        addToNavbar(new DrawerToggle(), header(me, authentication, bell));
    }

    private static Div brand() {
        Anchor home = new Anchor("", "JoinedUp");
        home.addClassName("brand");
        home.getElement().setAttribute("aria-label", "JoinedUp home");
        Div brand = new Div(home);
        brand.addClassName("brand-box");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", "Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static Div header(PersonDetails me, AuthenticationContext authentication, NotificationBell bell) {
        Span name = new Span(me.displayName());
        name.addClassName("header-name");
        Button signOut = new Button("Sign out", event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(bell, name, RoleBadges.of(me.roles()), signOut);
        header.addClassName("header-person");
        return header;
    }
}
