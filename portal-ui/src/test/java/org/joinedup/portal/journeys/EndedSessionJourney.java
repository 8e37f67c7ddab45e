package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.SessionControl;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepFields;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A laptop left signed in with a draft open: an administrator ends that person's sessions,
 * and from that moment the open page receives none of the draft's later changes, while
 * the colleagues still editing see them live. Its next click leads to the sign-in page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class EndedSessionJourney {

    private static final Duration LIVE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    DraftService drafts;
    @Autowired
    SessionControl sessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    long workspaceId;
    Browser leftOpen;
    Browser editor;
    Browser watcher;

    @BeforeEach
    void draftWithThreeMembers() {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s", Browser.CHROMIUM,
                Browser.CHROMEDRIVER).isTrue();
        DemoSignIn.as(users, "gp");
        workspaceId = workspaces.create(new NewWorkspace("Heart failure", "Journey Place",
                WorkspaceVisibility.MEMBERS_ONLY, 24)).id();
        workspaces.addMember(workspaceId, personId("lmc"), Membership.representing(CareSetting.PRIMARY));
        workspaces.addMember(workspaceId, personId("lnc"), Membership.representing(CareSetting.SECONDARY));
        StageDetails diagnosis = drafts.addStage(workspaceId, "Diagnosis");
        drafts.addStep(diagnosis.id(), StepFields.titled("Echocardiogram", CareSetting.SECONDARY));
        DemoSignIn.nobody();
        leftOpen = new Browser(base());
        editor = new Browser(base());
        watcher = new Browser(base());
    }

    @AfterEach
    void closeBrowsers() {
        for (Browser browser : new Browser[] {leftOpen, editor, watcher}) {
            if (browser != null) {
                browser.close();
            }
        }
        DemoSignIn.nobody();
    }

    @Test
    void an_open_draft_of_an_ended_session_receives_no_further_changes() {
        leftOpen.signIn("lmc");
        editor.signIn("lnc");
        watcher.signIn("gp");
        for (Browser browser : new Browser[] {leftOpen, editor, watcher}) {
            browser.open("workspaces/" + workspaceId);
        }
        editor.retitleStep("Echocardiogram", "Echocardiogram within two weeks");
        leftOpen.waitForText("Echocardiogram within two weeks", LIVE);

        DemoSignIn.as(users, "admin");
        sessions.endSessionsOf(personId("lmc"));
        DemoSignIn.nobody();
        editor.retitleStep("Echocardiogram within two weeks", "Echocardiogram within six weeks");

        watcher.waitForText("Echocardiogram within six weeks", LIVE);
        editor.waitForText("Echocardiogram within six weeks", LIVE);
        assertThat(leftOpen.pageText()).as("the page of the ended session").doesNotContain("six weeks");

        if (!leftOpen.currentUrl().contains("/login")) {
            leftOpen.findAll(By.cssSelector("vaadin-button.step-link")).getFirst().click();
        }
        leftOpen.waitForAddress("/login?expired", LIVE);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private long personId(String demoLocalPart) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class,
                demoLocalPart + DemoSignIn.DOMAIN);
    }
}
