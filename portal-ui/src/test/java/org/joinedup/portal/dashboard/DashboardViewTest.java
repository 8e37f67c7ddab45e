package org.joinedup.portal.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends KaribuTest {

    @Test
    void greets_a_clinician_with_their_organisation_and_setting() {
        signInAs("consultant");
        navigateTo("");

        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Dr Tomi Okafor");
        assertThat(_find(Paragraph.class)).extracting(p -> p.getElement().getTextRecursively()).contains(
                "Organisation: Northgate Hospitals NHS Foundation Trust (Acute trust)",
                "Care setting: Secondary care",
                "Profession: Consultant nephrologist");
    }

    @Test
    void speaks_to_a_patient_partner_as_a_partner_not_as_staff() {
        signInAs("patient");
        navigateTo("");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("Thank you for taking part"))
                .noneSatisfy(text -> assertThat(text).contains("colleagues from primary"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("This is your first sign-in."))).isNotNull();
    }
}
