package org.joinedup.pathway.proposal;

import java.time.Clock;

import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceNotices;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.internal.WorkspaceWideChange;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Listens for {@link PathwayReviewRequested} from any module. It runs after the raising
 * transaction commits, in its own transaction, with nobody signed in: the request is
 * recorded against the workspace, audited as the portal's own action, and the convenors
 * are told.
 */
@Component
class ReviewRequests {

    private static final Logger log = LoggerFactory.getLogger(ReviewRequests.class);

    private final WorkspaceRepository workspaces;
    private final WorkspaceActivity activity;
    private final WorkspaceNotices notices;
    private final Clock clock;

    ReviewRequests(WorkspaceRepository workspaces, WorkspaceActivity activity, WorkspaceNotices notices, Clock clock) {
        this.workspaces = workspaces;
        this.activity = activity;
        this.notices = notices;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onReviewRequested(PathwayReviewRequested request) {
        Workspace workspace = workspaces.lockById(request.workspaceId()).orElse(null);
        if (workspace == null) {
            log.warn("Review requested by {} for workspace {}, which does not exist", request.source(), request.workspaceId());
            return;
        }
        String reason = clip(request.reason() == null || request.reason().isBlank() ? "No reason given" : request.reason().strip());
        String source = request.source() == null ? "another module" : request.source().strip();
        workspace.requestReview(clip(reason + " (" + source + ")"), clock.instant());
        activity.record(new WorkspaceWideChange.ReviewRequested(workspace.id(), source, reason));
        notices.reviewDue(workspace.id(), "Review requested for " + workspace.title() + ": " + reason);
        log.info("Review of workspace {} requested by {}", workspace.id(), source);
    }

    private static String clip(String text) {
        return text.length() <= WorkspaceLimits.SHORT_TEXT_MAX ? text : text.substring(0, WorkspaceLimits.SHORT_TEXT_MAX - 1) + "\u2026";
    }
}
