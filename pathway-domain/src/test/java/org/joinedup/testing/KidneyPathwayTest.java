package org.joinedup.testing;

import java.time.LocalDate;

import org.joinedup.identity.people.CareSetting;
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

    /**
     * Publishes the draft as it stands: the convenor (gp) puts it forward with a deadline two
     * weeks away, Dr Ben Carter (lmc) agrees for primary care and Dr Aisha Khan (lnc) for
     * secondary care, and the convenor publishes. The convenor is left signed in.
     *
     * @return the id of the proposal that was published
     */
    protected long publishAsAgreed(String summary) {
        signInAs("gp");
        long proposal = proposals.open(pathway.workspaceId(), summary, LocalDate.now().plusDays(14)).id();
        agreeAndPublish(proposal);
        return proposal;
    }

    /**
     * Dr Ben Carter (lmc) agrees to revision 1 of the proposal for primary care, Dr Aisha Khan
     * (lnc) for secondary care, and the convenor (gp) publishes it. The convenor is left signed in.
     */
    protected void agreeAndPublish(long proposal) {
        signInAs("lmc");
        proposals.agree(proposal, 1, CareSetting.PRIMARY);
        signInAs("lnc");
        proposals.agree(proposal, 1, CareSetting.SECONDARY);
        signInAs("gp");
        proposals.publish(proposal);
    }
}
