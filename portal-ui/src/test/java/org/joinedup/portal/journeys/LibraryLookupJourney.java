package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the demo data as the run command writes it, a GP who is in no workspace looks up the locally agreed kidney pathway: finds it in the
 * library, opens its published version, follows the decision in its diagram to the step,
 * downloads the patient leaflet, and reads what the latest version changed for primary care.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "joinedup.demo.pathways=true")
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class LibraryLookupJourney {

    private static final String KIDNEY = "Chronic kidney disease \u2014 East Place";
    private static final String DECISION = "Does the person need a kidney specialist?";

    /** Fetches a link with the page's own session, as a click on a download link would, and reports what came back. */
    private static final String DOWNLOAD = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'}).then(async response => {
                const bytes = new Uint8Array(await response.arrayBuffer());
                done({status: response.status, type: response.headers.get('content-type'),
                      disposition: response.headers.get('content-disposition'),
                      sniffing: response.headers.get('x-content-type-options'),
                      start: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length});
            }).catch(failure => done({status: -1, type: String(failure)}));
            """;

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void signInAsAGpOutsideTheWorkspace() {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s", Browser.CHROMIUM,
                Browser.CHROMEDRIVER).isTrue();
        browser = new Browser("http://localhost:" + port);
        browser.signIn("locum");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_gp_finds_the_kidney_pathway_follows_its_decision_and_downloads_the_leaflet() {
        browser.open("library");
        browser.waitForText("Quick filter", Duration.ofSeconds(30));
        browser.waitUntil(Duration.ofSeconds(30), () -> browser.findAll(By.linkText("Published version")).size() > 1);
        browser.textField("Quick filter").sendKeys("kidney");
        browser.waitUntil(Duration.ofSeconds(10), () -> browser.findAll(By.linkText("Published version")).size() == 1);
        assertThat(browser.pageText()).contains(KIDNEY).doesNotContain("Your workspace");

        browser.waitFor(By.linkText("Published version")).click();
        browser.waitForAddress("/versions/", Duration.ofSeconds(10));
        browser.waitForText("The diagram as text", Duration.ofSeconds(30));

        WebElement decision = browser.waitFor(By.cssSelector("a.diagram-decision"));
        assertThat(decision.getAttribute("aria-label")).contains(DECISION);
        decision.click();
        browser.waitUntil(Duration.ofSeconds(10), () -> browser.currentUrl().contains("#step-"));
        String stepId = browser.currentUrl().substring(browser.currentUrl().indexOf('#') + 1);
        WebElement step = browser.waitFor(By.id(stepId));
        assertThat(step.getText()).contains(DECISION);
        browser.waitUntil(Duration.ofSeconds(5), () -> inView(step));

        WebElement leaflet = browser.waitFor(By.partialLinkText("Looking after your kidneys"));
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.evaluateAsync(DOWNLOAD,
                leaflet.getAttribute("href"));
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat(download.get("type")).isEqualTo("application/pdf");
        assertThat((String) download.get("disposition")).startsWith("attachment;");
        assertThat(download.get("sniffing")).isEqualTo("nosniff");
        assertThat(download.get("start")).isEqualTo("%PDF-");

        browser.open("what-changes");
        browser.waitForText(KIDNEY, Duration.ofSeconds(30));
        assertThat(browser.pageText()).contains("Version 2", "Sick-day guidance at every medicines review",
                "New responsibility");
        assertThat(browser.policyViolations()).as("content security policy").isEmpty();
    }

    private boolean inView(WebElement element) {
        List<?> box = (List<?>) browser.evaluate("""
                const box = document.getElementById('%s').getBoundingClientRect();
                return [box.top, window.innerHeight];""".formatted(element.getAttribute("id")));
        double top = ((Number) box.get(0)).doubleValue();
        return top >= -1 && top < ((Number) box.get(1)).doubleValue();
    }
}
