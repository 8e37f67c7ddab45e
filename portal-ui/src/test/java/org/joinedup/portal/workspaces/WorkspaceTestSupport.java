package org.joinedup.portal.workspaces;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.internal.CurrentInstance;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.DemoSignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workspace pages under test, with their data made through the public services by the
 * demo people who would make it. A call "as" someone else leaves the page's own sign-in
 * in place afterwards, as another person's browser would.
 */
abstract class WorkspaceTestSupport extends KaribuTest {

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    DraftService drafts;
    @Autowired
    ProposalService proposals;
    @Autowired
    PathwayHistory history;
    @Autowired
    CommentService comments;

    /**
     * Calls as another person, outside the page's Vaadin session (Vaadin's security reads
     * the sign-in from the current session before the thread's), as their own browser would.
     */
    <T> T as(String demoPerson, Supplier<T> call) {
        Map<Class<?>, CurrentInstance> page = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return DemoSignIn.actingAs(users, demoPerson, call);
        } finally {
            CurrentInstance.restoreInstances(page);
        }
    }

    void as(String demoPerson, Runnable call) {
        as(demoPerson, () -> {
            call.run();
            return null;
        });
    }

    /** A members-only workspace convened by the demo person. */
    long workspace(String convenor, String condition) {
        return as(convenor, () -> workspaces.create(new NewWorkspace(condition, "East Place",
                WorkspaceVisibility.MEMBERS_ONLY, WorkspaceLimits.DEFAULT_REVIEW_MONTHS)).id());
    }

    void addMember(long workspaceId, String convenor, String displayName, Membership membership) {
        as(convenor, () -> {
            long personId = workspaces.candidates(workspaceId, displayName, 5).getFirst().personId();
            workspaces.addMember(workspaceId, personId, membership);
        });
    }

    StageDetails stage(long workspaceId, String editor, String title) {
        return as(editor, () -> drafts.addStage(workspaceId, title));
    }

    StepDetails step(long stageId, String editor, String title, CareSetting setting) {
        return as(editor, () -> drafts.addStep(stageId, StepFields.titled(title, setting)));
    }

    /**
     * Lets live events reach the page: the bus delivers on threads of its own, and each
     * delivery waits in the page's access queue, which runs here as a browser round trip would.
     */
    static void untilPageShows(BooleanSupplier shown) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.getAsBoolean();
        });
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(WorkspaceTestSupport::text).toList();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }
}
