package org.joinedup.portal.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.context.SecurityContextHolder;

class NavigationTest extends KaribuTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "admin; Dashboard,Notifications,Pathways,Workspaces,What changes for me,Forums,People,Approvals,Organisations,Audit trail,Outbox,My profile",
            "gp; Dashboard,Notifications,Pathways,Workspaces,What changes for me,Forums,My profile",
            "consultant; Dashboard,Notifications,Pathways,Workspaces,What changes for me,Forums,My profile",
            "qilead; Dashboard,Notifications,Pathways,Workspaces,What changes for me,Forums,My profile",
            "facilitator; Dashboard,Notifications,Pathways,Workspaces,What changes for me,Forums,My profile",
            "moderator; Dashboard,Notifications,Pathways,Workspaces,What changes for me,Forums,Approvals,My profile",
            "patient; Dashboard,Notifications,Pathways,Workspaces,Forums,My profile"})
    void navigation_lists_only_what_each_role_may_open(String person, String entries) {
        signInAs(person);
        navigateTo("");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly(entries.split(","));
    }

    @Test
    void a_patient_partner_is_marked_as_such() {
        signInAs("patient");
        navigateTo("");

        assertThat(badges()).containsExactly("Patient partner");
        assertThat(_find(Span.class, spec -> spec.withText("Patient partner")))
                .allSatisfy(badge -> assertThat(badge.getClassNames()).contains("role-badge-patient"));
    }

    @Test
    void staff_are_marked_as_staff_with_each_of_their_roles() {
        signInAs("qilead");
        navigateTo("profile");

        assertThat(badges()).containsExactlyInAnyOrder("Clinician", "QI lead");
        assertThat(_find(Span.class, spec -> spec.withClasses("role-badge")))
                .allSatisfy(badge -> assertThat(badge.getClassNames()).contains("role-badge-staff"));
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        navigateTo("profile");

        assertThat(currentView().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void an_unknown_address_shows_the_not_found_page() {
        signInAs("gp");

        int status = openAddress("no-such-page/at-all");

        assertThat(status).isEqualTo(404);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void a_page_the_role_does_not_allow_shows_access_denied() {
        signInAs("nurse");

        int status = openAddress("people");

        assertThat(status).isEqualTo(403);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("You do not have access to this page");
    }

    @Test
    void signing_out_ends_the_authentication() {
        signInAs("gp");
        navigateTo("");

        _click(_get(Button.class, spec -> spec.withText("Sign out")));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void the_demo_profile_says_so_on_every_page() {
        signInAs("gp");
        navigateTo("");

        assertThat(_get(Span.class, spec -> spec.withText(
                "Demonstration portal: every person and organisation here is fictional."))).isNotNull();
    }

    private static List<String> badges() {
        return _find(Span.class, spec -> spec.withClasses("role-badge")).stream()
                .map(Span::getText).distinct().toList();
    }
}
