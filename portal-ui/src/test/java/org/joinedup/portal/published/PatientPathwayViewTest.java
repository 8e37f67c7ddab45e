package org.joinedup.portal.published;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.joinedup.portal.layout.NotFoundView;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Publishes a pathway, so it gets a database of its own; the pathway is built once for the class. */
@DirtiesContext
class PatientPathwayViewTest extends KaribuTest {

    private static long workspaceId;
    private static int versionNumber;

    @BeforeEach
    void publishOnce() {
        if (workspaceId != 0) {
            return;
        }
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Chronic kidney disease", "East Place");
        StageDetails finding = fixture.stage(workspaceId, "Finding it early");
        StepDetails check = fixture.step(finding, new StepFields("Annual kidney check",
                "eGFR and urine ACR for people at risk.", CareSetting.PRIMARY, "Practice nurse",
                "Diabetes or high blood pressure", "Results coded", "eGFR, urine ACR", true,
                "Review ACE inhibitor dose", "CKD shared-care protocol", "Every 12 months",
                "A blood test and a urine sample.\nThe results come back within a week.", "NICE NG203",
                "Lab backlog: allow two weeks", "https://www.nice.org.uk/guidance/ng203"));
        StepDetails coding = fixture.step(finding, StepFields.titled("Coding the result", CareSetting.PRIMARY)
                .withDescription("Code the CKD stage in the record."));
        StageDetails specialist = fixture.stage(workspaceId, "Specialist care");
        StepDetails clinic = fixture.step(specialist, new StepFields("Kidney clinic", "Consultant review",
                CareSetting.SECONDARY, "Renal team", "", "", "Ultrasound", false, "", "", "Within 6 weeks",
                "You meet a kidney doctor at the hospital, who explains what the tests show.", "", "", ""));
        fixture.handover(check, clinic, new HandoverFields("eGFR below 30", "Last three results",
                HandoverFields.DEFAULT_PENDING_RESULTS, "6 weeks"));
        fixture.handover(check, coding, HandoverFields.triggeredBy("Result back"));
        versionNumber = fixture.publish(workspaceId, "First agreed version.").number();
    }

    @Test
    void a_patient_partner_reads_what_to_expect_at_each_step_in_journey_order() {
        signInAs(PathwayFixture.PATIENT_PARTNER);

        navigateTo(patient(versionNumber));

        assertThat(currentView()).isEqualTo(PatientPathwayView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("What to expect: Chronic kidney disease");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Finding it early", "Specialist care");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Annual kidney check", "Kidney clinic");
        assertThat(text(_find(Article.class).get(0))).contains("Where: At your GP practice", "When: Every 12 months",
                "A blood test and a urine sample.\nThe results come back within a week.");
        assertThat(text(_find(Article.class).get(1))).contains("Where: At the hospital", "When: Within 6 weeks",
                "You meet a kidney doctor at the hospital");
    }

    @Test
    void nothing_written_only_for_clinicians_appears() {
        signInAs(PathwayFixture.PATIENT_PARTNER);

        navigateTo(patient(versionNumber));

        String page = text(_get(Main.class));
        assertThat(page).doesNotContain("Coding the result", "eGFR and urine ACR", "Practice nurse",
                "Diabetes or high blood pressure", "Review ACE inhibitor dose", "CKD shared-care protocol", "NICE NG203",
                "Lab backlog", "Ultrasound", "eGFR below 30", "Last three results", "Primary care", "Secondary care");
        assertThat(_find(Anchor.class, spec -> spec.withText(FhirDownload.TEXT))).isEmpty();
    }

    @Test
    void a_clinician_in_the_workspace_may_open_it_too() {
        signInAs("nurse");

        navigateTo(patient(versionNumber));

        assertThat(currentView()).isEqualTo(PatientPathwayView.class);
        assertThat(_find(H3.class)).hasSize(2);
    }

    @Test
    void staff_outside_the_workspace_who_are_not_clinicians_get_the_access_denied_page() {
        signInAs("moderator");

        assertThat(openAddress(patient(versionNumber))).isEqualTo(403);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void a_version_that_was_never_published_gets_the_not_found_page() {
        signInAs(PathwayFixture.PATIENT_PARTNER);

        assertThat(openAddress(patient(versionNumber + 1))).isEqualTo(404);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    private static String patient(int number) {
        return "workspaces/" + workspaceId + "/versions/" + number + "/patient";
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
