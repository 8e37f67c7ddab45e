package org.joinedup.forums.insight;

import java.util.List;

import org.joinedup.pathway.proposal.VersionPublished;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears that a version was published, after its transaction committed, and has the threads
 * whose insight bears on a changed step told ({@link InsightReplies}, in a transaction of its
 * own, with nobody signed in).
 */
@Component
class VersionPublishedListener {

    private final InsightReplies replies;

    VersionPublishedListener(InsightReplies replies) {
        this.replies = replies;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void versionPublished(VersionPublished event) {
        List<InsightReplies.ChangedStep> changed = event.changedSteps().stream()
                .map(change -> new InsightReplies.ChangedStep(change.stepKey(), change.stepTitle(), change.summary()))
                .toList();
        // The replies are the portal's, whoever published the version: nobody is signed in while they are written.
        SecurityContext publisher = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            replies.versionPublished(event.workspaceId(), event.workspaceTitle(), event.versionNumber(),
                    event.publishedAt(), changed);
        } finally {
            SecurityContextHolder.setContext(publisher);
        }
    }
}
