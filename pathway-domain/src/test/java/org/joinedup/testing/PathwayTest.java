package org.joinedup.testing;

import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What every pathway test starts from: the pathway services (workspaces, drafts, comments,
 * proposals, history), acting as a demo person with {@link #signInAs}, their ids with
 * {@link #personId}, and nobody signed in after each test. A test class extending it keeps its own {@code @JoinedUpTest} (and
 * {@code @DirtiesContext} when it changes data) and autowires only the further services it
 * tests. {@link KidneyPathwayTest} adds a fresh kidney pathway before each test.
 */
public abstract class PathwayTest {

    @Autowired
    protected WorkspaceService workspaces;
    @Autowired
    protected DraftService drafts;
    @Autowired
    protected CommentService comments;
    @Autowired
    protected ProposalService proposals;
    @Autowired
    protected PathwayHistory history;
    @Autowired
    protected UserDetailsService users;
    @Autowired
    protected JdbcTemplate jdbc;

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
