package org.joinedup.pathway.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.RepresentationRule;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.notification.PendingDecision;
import org.joinedup.platform.notification.PendingDecisions;
import org.joinedup.platform.time.PortalTime;
import org.springframework.stereotype.Component;

/**
 * What urgent notices ask of people, for the daily digest: the clinical lead and the
 * representatives who may sign are asked to agree a drafted notice (by its last day), and
 * convenors whether a version published since covers a notice still showing.
 */
@Component
class NoticeDecisions implements PendingDecisions {

    private final UrgentNoticeRepository notices;
    private final MemberRepository members;
    private final WorkspaceRepository workspaces;
    private final RepresentationRule rule;
    private final Clock clock;

    NoticeDecisions(UrgentNoticeRepository notices, MemberRepository members, WorkspaceRepository workspaces,
            RepresentationRule rule, Clock clock) {
        this.notices = notices;
        this.members = members;
        this.workspaces = workspaces;
        this.rule = rule;
        this.clock = clock;
    }

    @Override
    public List<PendingDecision> pendingFor(long personId) {
        LocalDate today = PortalTime.today(clock);
        List<PendingDecision> pending = new ArrayList<>();
        for (WorkspaceMember member : members.findByPersonId(personId)) {
            Workspace workspace = workspaces.findById(member.workspaceId()).orElseThrow();
            boolean agrees = member.role() == WorkspaceRole.CLINICAL_LEAD || rule.signs(member);
            boolean convenes = member.role() == WorkspaceRole.CONVENOR;
            if (!agrees && !convenes) {
                continue;
            }
            for (UrgentNotice notice : notices.findByWorkspaceIdOrderByDraftedAtDescIdDesc(workspace.id())) {
                if (agrees && waiting(notice, today)) {
                    pending.add(new PendingDecision("Agree the urgent notice \u201c" + notice.title() + "\u201d for "
                            + workspace.title(), NoticeRecipients.noticesLink(workspace.id()), notice.expiresOn()));
                }
                if (convenes && asked(notice, today)) {
                    pending.add(new PendingDecision("Say whether version " + notice.coverageAskedVersion() + " of "
                            + workspace.title() + " covers the urgent notice \u201c" + notice.title() + "\u201d",
                            NoticeRecipients.noticesLink(workspace.id()), null));
                }
            }
        }
        return pending;
    }

    @Override
    public Set<Long> peopleWithPendingDecisions() {
        LocalDate today = PortalTime.today(clock);
        Set<Long> people = new HashSet<>();
        Map<Long, List<UrgentNotice>> drafts = notices.findByStatus(UrgentNotice.Status.DRAFT).stream()
                .filter(notice -> waiting(notice, today)).collect(Collectors.groupingBy(UrgentNotice::workspaceId));
        Map<Long, List<UrgentNotice>> asked = notices.findByStatus(UrgentNotice.Status.PUBLISHED).stream()
                .filter(notice -> asked(notice, today)).collect(Collectors.groupingBy(UrgentNotice::workspaceId));
        Set<Long> workspaceIds = new HashSet<>(drafts.keySet());
        workspaceIds.addAll(asked.keySet());
        for (long workspaceId : workspaceIds) {
            for (WorkspaceMember member : members.findByWorkspaceId(workspaceId)) {
                boolean agrees = member.role() == WorkspaceRole.CLINICAL_LEAD || rule.signs(member);
                if (agrees && drafts.containsKey(workspaceId)
                        || member.role() == WorkspaceRole.CONVENOR && asked.containsKey(workspaceId)) {
                    people.add(member.personId());
                }
            }
        }
        return people;
    }

    private static boolean waiting(UrgentNotice notice, LocalDate today) {
        return notice.status() == UrgentNotice.Status.DRAFT && !notice.expiresOn().isBefore(today);
    }

    private static boolean asked(UrgentNotice notice, LocalDate today) {
        return notice.coverageOpen() && notice.live(today);
    }
}
