package org.joinedup.pathway.notices;

import java.time.Clock;
import java.time.LocalDate;

import org.joinedup.pathway.internal.NoticeChange;
import org.joinedup.pathway.internal.ProposalChange;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.platform.time.PortalTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a new version is published, in the same transaction, each notice still showing is
 * marked as asked about, and the convenors are asked whether the new version covers it.
 */
@Component
class CoverageQuestions {

    private final UrgentNoticeRepository notices;
    private final WorkspaceActivity activity;
    private final NoticeRecipients recipients;
    private final Clock clock;

    CoverageQuestions(UrgentNoticeRepository notices, WorkspaceActivity activity, NoticeRecipients recipients, Clock clock) {
        this.notices = notices;
        this.activity = activity;
        this.recipients = recipients;
        this.clock = clock;
    }

    @EventListener
    void versionPublished(ProposalChange.ProposalPublished published) {
        LocalDate today = PortalTime.today(clock);
        long workspaceId = published.workspaceId();
        for (UrgentNotice notice : notices.findByWorkspaceIdAndStatusOrderByDraftedAtDescIdDesc(workspaceId,
                UrgentNotice.Status.PUBLISHED)) {
            if (notice.live(today)) {
                notice.askCoverage(published.versionNumber());
                activity.record(new NoticeChange.NoticeCoverageAsked(workspaceId, notice.id(), notice.title(),
                        published.versionNumber()));
                recipients.coverageAsked(workspaceId, notice.title(), published.versionNumber());
            }
        }
    }
}
