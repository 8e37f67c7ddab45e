package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the demo data as the run command writes it, Margaret Hill, a patient partner in the kidney
 * pathway's workspace, opens its forum from the forum list and starts two threads: one telling
 * her story with her NHS number in it, which waits for a moderator with the reason shown to
 * her, and one without, which is published. Dr Priya Shah, a member of the same workspace, sees
 * the second and not the first, until a moderator takes the number out, with a note everyone
 * reads, and approves it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "joinedup.demo.pathways=true")
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class PatientPartnerForumJourney {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KIDNEY = "Chronic kidney disease";
    /** A valid NHS number (check digit 4), as a patient might write their own. */
    private static final String NHS_NUMBER = "943 476 5919";
    private static final String HELD_TITLE = "My letters from the renal clinic";
    private static final String PUBLISHED_TITLE = "Blood tests closer to home";

    @LocalServerPort
    int port;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void a_patient_partner_starts_threads_in_the_pathway_forum_and_one_with_an_nhs_number_waits_for_a_moderator() {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s", Browser.CHROMIUM,
                Browser.CHROMEDRIVER).isTrue();
        Browser patient = signedIn("patient");
        patient.open("forums");
        patient.waitForText("Pathway forums", WAIT);
        assertThat(patient.pageText()).contains("Patient voice").doesNotContain("Interface issues");
        patient.waitFor(By.partialLinkText(KIDNEY)).click();
        patient.waitForText("Sick-day guidance", WAIT);
        String forum = patient.currentUrl();

        startThread(patient, HELD_TITLE, "My letters from the renal clinic go to my old address. My NHS number is "
                + NHS_NUMBER + " if that helps anyone check.");
        patient.waitForText("Waiting for a moderator", WAIT);
        assertThat(patient.pageText()).as("told why, with her text kept")
                .contains("It may identify a patient", "go to my old address");

        patient.open(forum.substring(forum.indexOf('/', "http://".length()) + 1));
        patient.waitForText(HELD_TITLE, WAIT);
        startThread(patient, PUBLISHED_TITLE, "What matters to me is having my blood tests at the surgery rather than "
                + "travelling to the hospital each time.");
        patient.waitForText("rather than travelling", WAIT);
        assertThat(patient.pageText()).doesNotContain("Waiting for a moderator");
        assertThat(patient.policyViolations()).as("content security policy").isEmpty();

        Browser gp = signedIn("gp");
        String forumRoute = forum.substring(forum.indexOf('/', "http://".length()) + 1);
        gp.open(forumRoute);
        gp.waitForText(PUBLISHED_TITLE, WAIT);
        assertThat(gp.pageText()).as("a held thread shows only to its author and moderators").doesNotContain(HELD_TITLE);

        Browser moderator = signedIn("moderator");
        moderator.open("forums/moderation");
        moderator.waitForText(HELD_TITLE, WAIT);
        assertThat(moderator.pageText()).as("the moderator reads who wrote it").contains("Margaret Hill");
        moderator.clickInView(moderator.button("Edit with note"));
        WebElement post = moderator.textField("Post");
        post.sendKeys(Keys.chord(Keys.CONTROL, "a"), "My letters from the renal clinic go to my old address.");
        moderator.textField("Note shown under the post").sendKeys("Took out an NHS number.");
        moderator.clickInView(moderator.button("Save edit"));
        moderator.waitUntil(WAIT, () -> !moderator.pageText().contains("Note shown under the post"));
        moderator.clickInView(moderator.button("Approve"));
        moderator.waitUntil(WAIT, () -> !moderator.pageText().contains(HELD_TITLE));

        gp.open(forumRoute);
        gp.waitForText(HELD_TITLE, WAIT);
        gp.waitFor(By.linkText(HELD_TITLE)).click();
        gp.waitForText("Took out an NHS number.", WAIT);
        assertThat(gp.pageText()).contains("go to my old address").doesNotContain(NHS_NUMBER);
        assertThat(gp.policyViolations()).as("content security policy").isEmpty();
    }

    /** "Start a thread", a title and the first post, then "Post thread", as a person would. */
    private static void startThread(Browser browser, String title, String text) {
        browser.clickInView(browser.button("Start a thread"));
        browser.textField("Title").sendKeys(title);
        WebElement body = browser.textField("First post");
        body.sendKeys(text);
        // The preview shows the text once the field's value has reached the server.
        browser.waitForText(text.substring(0, 30), WAIT);
        browser.clickInView(browser.button("Post thread"));
        browser.waitForAddress("/forums/threads/", WAIT);
        browser.waitForText(title, WAIT);
    }

    private Browser signedIn(String demoLocalPart) {
        Browser browser = new Browser("http://localhost:" + port);
        browsers.add(browser);
        browser.signIn(demoLocalPart);
        return browser;
    }
}
