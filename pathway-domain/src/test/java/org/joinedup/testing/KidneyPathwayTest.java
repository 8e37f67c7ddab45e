package org.joinedup.testing;

import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link PathwayTest} on a fresh {@link KidneyPathway}, built through the public services
 * before each test (nobody is signed in when it is done). The pathway is new data, so a test
 * class extending it keeps {@code @DirtiesContext}.
 */
public abstract class KidneyPathwayTest extends PathwayTest {

    /** The pathway built for the test that is running. */
    protected KidneyPathway pathway;

    @BeforeEach
    protected void createKidneyPathway() {
        pathway = KidneyPathway.create(workspaces, drafts, users, jdbc);
    }
}
