package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A clinician prints a published version: on paper the portal's navigation, header and
 * buttons are gone, the pathway runs from the left edge, and the text is black on white.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class PrintJourney {

    /** How each part of the page is laid out, read from the browser. */
    private static final String LAYOUT = """
            const layout = document.querySelector('vaadin-app-layout');
            const part = name => layout.shadowRoot.querySelector('[part~="' + name + '"]');
            const display = element => element ? getComputedStyle(element).display : 'absent';
            const page = document.querySelector('.printable-pathway');
            const step = document.querySelector('.pathway-step');
            return [display(part('navbar')), display(part('drawer')),
                    Array.from(document.querySelectorAll('vaadin-button')).map(display).join(','),
                    display(document.querySelector('.screen-only')),
                    Math.round(page.getBoundingClientRect().left), getComputedStyle(step).color,
                    getComputedStyle(page).backgroundColor, getComputedStyle(part('content')).overflowY];
            """;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    long workspaceId;
    int versionNumber;
    Browser browser;

    @BeforeEach
    void publishAndSignIn() {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s", Browser.CHROMIUM,
                Browser.CHROMEDRIVER).isTrue();
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Heart failure", "Journey Place");
        StageDetails diagnosis = fixture.stage(workspaceId, "Diagnosis");
        StepDetails test = fixture.step(diagnosis, StepFields.titled("NT-proBNP test", CareSetting.PRIMARY)
                .withDescription("Request **NT-proBNP** for suspected heart failure."));
        StepDetails echo = fixture.step(diagnosis, StepFields.titled("Echocardiogram", CareSetting.SECONDARY));
        fixture.handover(test, echo, HandoverFields.triggeredBy("NT-proBNP above 400 ng/L"));
        versionNumber = fixture.publish(workspaceId, "First agreed version.").number();
        browser = new Browser("http://localhost:" + port);
        browser.signIn("consultant");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void on_paper_only_the_pathway_shows_black_on_white() {
        browser.open("workspaces/" + workspaceId + "/versions/" + versionNumber + "/print");
        browser.waitForText("Stage 1: Diagnosis", Duration.ofSeconds(30));
        assertThat(browser.pageText()).contains("Sign out", "Print");

        browser.emulatePrint();

        List<?> layout = (List<?>) browser.evaluate(LAYOUT);
        assertThat(layout.get(0)).as("navbar").isEqualTo("none");
        assertThat(layout.get(1)).as("drawer").isEqualTo("none");
        assertThat(((String) layout.get(2)).split(",")).as("buttons").isNotEmpty().containsOnly("none");
        assertThat(layout.get(3)).as("print, download and link row").isEqualTo("none");
        assertThat(((Number) layout.get(4)).intValue()).as("left edge of the pathway").isLessThan(40);
        assertThat(layout.get(5)).as("text colour").isEqualTo("rgb(0, 0, 0)");
        assertThat(layout.get(6)).as("background").isEqualTo("rgb(255, 255, 255)");
        assertThat(layout.get(7)).as("content scrolls in a box, so later pages would be cut").isEqualTo("visible");
        String printed = browser.pageText();
        assertThat(printed).contains("Stage 1: Diagnosis", "1.1 NT-proBNP test", "Echocardiogram",
                "NT-proBNP above 400 ng/L", "Agreed by").doesNotContain("Sign out", "Download FHIR");
    }
}
