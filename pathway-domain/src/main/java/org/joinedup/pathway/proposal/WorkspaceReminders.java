package org.joinedup.pathway.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.internal.ChangeProposal;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.ProposalRepository;
import org.joinedup.pathway.internal.ProposalStatus;
import org.joinedup.pathway.internal.SignOffRepository;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceNotices;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.platform.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily reminders: representatives whose sign-off a proposal still needs when its deadline
 * is two days away or has passed (once a day), and convenors when a published pathway's
 * review date is within two months or has passed (once a month). Runs with nobody signed in.
 */
@Component
class WorkspaceReminders {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceReminders.class);
    static final int DEADLINE_WARNING_DAYS = 2;
    static final int REVIEW_WARNING_DAYS = 60;
    static final int REVIEW_REMINDER_EVERY_DAYS = 30;

    private final ProposalRepository proposals;
    private final SignOffRepository signOffs;
    private final WorkspaceRepository workspaces;
    private final VersionRepository versions;
    private final WorkspaceNotices notices;
    private final EntityManager entityManager;
    private final Clock clock;

    WorkspaceReminders(ProposalRepository proposals, SignOffRepository signOffs, WorkspaceRepository workspaces,
            VersionRepository versions, WorkspaceNotices notices, EntityManager entityManager, Clock clock) {
        this.proposals = proposals;
        this.signOffs = signOffs;
        this.workspaces = workspaces;
        this.versions = versions;
        this.notices = notices;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** At {@code joinedup.reminders.cron}, London time: by default at 06:30 every day. */
    @Scheduled(cron = "${joinedup.reminders.cron}", zone = "Europe/London")
    @Transactional
    public void remind() {
        LocalDate today = PortalTime.today(clock);
        int deadlines = 0;
        for (ChangeProposal proposal : proposals.findByStatus(ProposalStatus.OPEN)) {
            if (proposal.deadline().isAfter(today.plusDays(DEADLINE_WARNING_DAYS)) || today.equals(proposal.remindedOn())) {
                continue;
            }
            Set<CareSetting> waiting = signOffs.waiting(proposal);
            if (!waiting.isEmpty()) {
                Workspace workspace = workspaces.findById(proposal.workspaceId()).orElseThrow();
                notices.deadlineNear(workspace.id(), workspace.title(), proposal.number(), waiting);
                entityManager.createQuery("update ChangeProposal p set p.remindedOn = :today where p.id = :id")
                        .setParameter("today", today).setParameter("id", proposal.id()).executeUpdate();
                deadlines++;
            }
        }
        int reviews = 0;
        for (Workspace workspace : workspaces.findAll()) {
            LocalDate due = versions.findFirstByWorkspaceIdOrderByNumberDesc(workspace.id())
                    .map(PathwayVersion::reviewDue).orElse(null);
            boolean near = due != null && !due.isAfter(today.plusDays(REVIEW_WARNING_DAYS));
            boolean remindedLately = workspace.reviewRemindedOn() != null
                    && workspace.reviewRemindedOn().isAfter(today.minusDays(REVIEW_REMINDER_EVERY_DAYS));
            if (near && !remindedLately) {
                notices.reviewDue(workspace.id(), workspace.title() + (due.isBefore(today) ? " was due for review on "
                        : " is due for review on ") + PortalTime.date(due.atStartOfDay(PortalTime.ZONE).toInstant()));
                // A bulk update, so a convenor editing the settings is not told someone else changed them.
                entityManager.createQuery("update Workspace w set w.reviewRemindedOn = :today where w.id = :id")
                        .setParameter("today", today).setParameter("id", workspace.id()).executeUpdate();
                reviews++;
            }
        }
        log.info("Reminders sent: {} proposal deadlines, {} reviews", deadlines, reviews);
    }
}
