package org.joinedup.testing;

import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The set-up pathway tests share: before each test a fresh {@link KidneyPathway} is built
 * through the public services (nobody is signed in when it is done), the test acts as a
 * demo person with {@link #signInAs}, and after each test nobody is signed in. A test class
 * extending it keeps its own {@code @JoinedUpTest} and {@code @DirtiesContext} (the pathway
 * is new data) and autowires only the further services it tests.
 */
public abstract class KidneyPathwayTest {

    @Autowired
    protected WorkspaceService workspaces;
    @Autowired
    protected DraftService drafts;
    @Autowired
    protected UserDetailsService users;
    @Autowired
    protected JdbcTemplate jdbc;

    /** The pathway built for the test that is running. */
    protected KidneyPathway pathway;

    @BeforeEach
    protected void createKidneyPathway() {
        pathway = KidneyPathway.create(workspaces, drafts, users, jdbc);
    }

    @AfterEach
    protected void signOutAfterTheTest() {
        DemoSignIn.nobody();
    }

    /** Signs the demo person in on this thread, by the local part of their address ("gp", "nurse", ...). */
    protected void signInAs(String demoLocalPart) {
        DemoSignIn.as(users, demoLocalPart);
    }

    /** The demo person's id. */
    protected long personId(String demoLocalPart) {
        return KidneyPathway.personId(jdbc, demoLocalPart);
    }
}
