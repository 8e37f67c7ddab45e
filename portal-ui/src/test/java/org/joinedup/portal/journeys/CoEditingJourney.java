package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.proposal.PublicationRefusedException;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.testing.DemoSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two clinicians from different settings, each in their own browser, edit one pathway and
 * see each other's changes arrive without reloading; a change touching both their
 * settings cannot be published until both have agreed, and the history says who agreed.
 * What one of them is typing survives the other's save of the same step.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class CoEditingJourney {

    private static final Duration LIVE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    DraftService drafts;
    @Autowired
    ProposalService proposals;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    long workspaceId;
    Browser primary;
    Browser secondary;

    @BeforeEach
    void pathwayWithTwoSettings() {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s (Debian packages chromium, "
                + "chromium-driver; .ci/run installs them)", Browser.CHROMIUM, Browser.CHROMEDRIVER).isTrue();
        DemoSignIn.as(users, "gp");
        workspaceId = workspaces.create(new NewWorkspace("Chronic kidney disease", "Journey Place",
                WorkspaceVisibility.MEMBERS_ONLY, 24)).id();
        workspaces.addMember(workspaceId, personId("lmc"), Membership.representing(CareSetting.PRIMARY));
        workspaces.addMember(workspaceId, personId("lnc"), Membership.representing(CareSetting.SECONDARY));
        StageDetails recognition = drafts.addStage(workspaceId, "Recognition");
        StageDetails assessment = drafts.addStage(workspaceId, "Assessment");
        StepDetails check = drafts.addStep(recognition.id(), StepFields.titled("Annual kidney check", CareSetting.PRIMARY));
        StepDetails clinic = drafts.addStep(assessment.id(), StepFields.titled("Renal clinic review", CareSetting.SECONDARY));
        drafts.addHandover(check.id(), clinic.id(), HandoverFields.triggeredBy("eGFR falls by 25% within a year"));
        DemoSignIn.nobody();
        primary = new Browser("http://localhost:" + port);
        secondary = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowsers() {
        if (primary != null) {
            primary.close();
        }
        if (secondary != null) {
            secondary.close();
        }
        DemoSignIn.nobody();
    }

    @Test
    void two_clinicians_co_edit_live_and_publication_waits_for_both_settings() {
        primary.signIn("lmc");
        secondary.signIn("lnc");
        primary.open("workspaces/" + workspaceId);
        secondary.open("workspaces/" + workspaceId);
        long secondaryPageLoad = secondary.pageLoadMarker();
        long primaryPageLoad = primary.pageLoadMarker();

        secondary.waitForText("Also here: Dr Ben Carter", LIVE);
        primary.retitleStep("Annual kidney check", "Annual kidney health check");
        secondary.waitForText("Annual kidney health check", LIVE);
        assertThat(secondary.pageLoadMarker()).as("the change arrived without a reload").isEqualTo(secondaryPageLoad);

        secondary.retitleStep("Renal clinic review", "Renal clinic review within six weeks");
        primary.waitForText("Renal clinic review within six weeks", LIVE);
        assertThat(primary.pageLoadMarker()).isEqualTo(primaryPageLoad);

        DemoSignIn.as(users, "gp");
        long proposalId = proposals.open(workspaceId, "Clearer titles and a six-week wait", LocalDate.now().plusDays(14)).id();
        DemoSignIn.nobody();
        primary.open("workspaces/" + workspaceId + "/proposal");
        primary.button("Agree for Primary care").click();
        primary.waitForText("Agreed", LIVE);
        DemoSignIn.as(users, "gp");
        assertThatThrownBy(() -> proposals.publish(proposalId)).isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("Secondary care");
        DemoSignIn.nobody();

        secondary.open("workspaces/" + workspaceId + "/proposal");
        secondary.button("Agree for Secondary care").click();
        DemoSignIn.as(users, "gp");
        org.awaitility.Awaitility.await().atMost(LIVE).pollInSameThread().ignoreExceptionsInstanceOf(PublicationRefusedException.class)
                .until(() -> proposals.publish(proposalId).number() == 1);
        DemoSignIn.nobody();

        secondary.open("workspaces/" + workspaceId + "/history");
        secondary.waitForText("Dr Ben Carter", LIVE);
        assertThat(secondary.pageText()).contains("Dr Aisha Khan").contains("Primary care").contains("Secondary care");
    }

    @Test
    void what_one_clinician_is_typing_survives_the_others_save_and_saving_offers_both_versions() {
        primary.signIn("lmc");
        secondary.signIn("lnc");
        secondary.open("workspaces/" + workspaceId);
        openStep(secondary, "Annual kidney check");
        WebElement typing = secondary.textField("Title");
        // Typed without leaving the field: until a blur, the text exists only in this browser.
        typing.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Annual kidney check with urine ACR");

        primary.open("workspaces/" + workspaceId);
        primary.retitleStep("Annual kidney check", "Annual kidney health check");
        secondary.waitForText("Annual kidney health check", LIVE);

        assertThat(typing.getDomProperty("value")).as("the title being typed, after the other save arrived")
                .isEqualTo("Annual kidney check with urine ACR");
        secondary.button("Save step").click();
        secondary.waitForText("Someone else saved this step", LIVE);
        assertThat(secondary.pageText()).as("the conflict dialog offers both titles")
                .contains("Annual kidney check with urine ACR", "Annual kidney health check");
        DemoSignIn.as(users, "gp");
        assertThat(drafts.open(workspaceId).stages().getFirst().steps().getFirst().fields().title())
                .as("nothing saved over the other clinician's title before the choice").isEqualTo("Annual kidney health check");
        DemoSignIn.nobody();
    }

    private static void openStep(Browser browser, String title) {
        browser.findAll(By.cssSelector("vaadin-button.step-link")).stream()
                .filter(link -> link.getText().strip().equals(title)).findFirst().orElseThrow().click();
    }

    private long personId(String demoLocalPart) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class,
                demoLocalPart + DemoSignIn.DOMAIN);
    }
}
