package org.joinedup.pathway.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.internal.NoticeChange;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Urgent notices: a safety message that cannot wait for a full proposal. A convenor drafts
 * one on the pathway or one published step; the workspace's clinical lead or any one setting
 * representative who may sign agrees, which publishes it at once and tells the members and
 * everyone who opened the published pathway in the last 90 days. It shows as a banner until
 * its last day has passed, a convenor withdraws it, or a convenor says a later version covers it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class UrgentNotices {

    private final UrgentNoticeRepository notices;
    private final WorkspaceRepository workspaces;
    private final VersionRepository versions;
    private final WorkspaceGate gate;
    private final WorkspaceActivity activity;
    private final NoticeRecipients recipients;
    private final SnapshotJson json;
    private final PersonNames names;
    private final IdentifierScreening screening;
    private final Clock clock;

    UrgentNotices(UrgentNoticeRepository notices, WorkspaceRepository workspaces, VersionRepository versions,
            WorkspaceGate gate, WorkspaceActivity activity, NoticeRecipients recipients, SnapshotJson json,
            PersonNames names, IdentifierScreening screening, Clock clock) {
        this.notices = notices;
        this.workspaces = workspaces;
        this.versions = versions;
        this.gate = gate;
        this.activity = activity;
        this.recipients = recipients;
        this.json = json;
        this.names = names;
        this.screening = screening;
        this.clock = clock;
    }

    /** Every notice of the workspace, newest first, with what the reader may do; for readers of the draft. */
    @Transactional(readOnly = true)
    public NoticeBoard board(long workspaceId) {
        WorkspacePermissions permissions = gate.requireRead(workspaceId);
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        List<NoticeBoard.StepChoice> steps = latest(workspaceId)
                .map(content -> content.steps().map(step -> new NoticeBoard.StepChoice(step.key(), step.fields().title())).toList())
                .orElse(List.of());
        return new NoticeBoard(workspaceId, workspace.title(), permissions.convenes(), agreesAs(permissions).isPresent(),
                details(notices.findByWorkspaceIdOrderByDraftedAtDescIdDesc(workspaceId).stream()), steps);
    }

    /** The notices showing now, newest first: banners on the published pathway and the workspace page. */
    @Transactional(readOnly = true)
    public List<NoticeDetails> live(long workspaceId) {
        gate.requireReadPublished(workspaceId);
        return liveNotices(workspaceId).toList();
    }

    /** The notices showing now that are for patients too: banners on the page patients read. */
    @Transactional(readOnly = true)
    public List<NoticeDetails> liveForPatients(long workspaceId) {
        gate.requireReadPatientPage(workspaceId);
        return liveNotices(workspaceId).filter(NoticeDetails::forPatients).toList();
    }

    /** A convenor drafts a notice; it waits for the clinical lead or a setting representative to agree. */
    @Transactional
    public NoticeDetails draft(long workspaceId, @Valid NewNotice notice) {
        gate.requireConvenor(workspaceId);
        if (notice.expiresOn().isBefore(today())) {
            throw new InvalidInputException("expiresOn", "The last day is in the past: choose today or a later day.");
        }
        String stepTitle = null;
        if (notice.stepKey() != null && !notice.stepKey().isBlank()) {
            stepTitle = latest(workspaceId).flatMap(content -> content.step(notice.stepKey()))
                    .map(step -> step.fields().title())
                    .orElseThrow(() -> new InvalidInputException("stepKey", "Choose a step of the published pathway, "
                            + "or leave it empty for the whole pathway."));
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", notice.title());
        text.put("body", notice.body());
        screening.requireNone("an urgent notice in workspace " + workspaceId, text);
        UrgentNotice saved = notices.saveAndFlush(new UrgentNotice(workspaceId, notice, stepTitle, CurrentPerson.id(),
                clock.instant()));
        activity.record(new NoticeChange.NoticeDrafted(workspaceId, saved.id(), saved.title(), stepTitle,
                saved.forPatients(), saved.expiresOn()));
        recipients.waitingForAgreement(workspaceId, saved.title());
        return details(Stream.of(saved)).getFirst();
    }

    /**
     * The clinical lead or a setting representative who may sign agrees, which publishes the
     * notice and tells the members and the pathway's recent readers.
     */
    @Transactional
    public NoticeDetails agree(long workspaceId, long noticeId) {
        WorkspacePermissions permissions = gate.permissions(workspaceId);
        String as = agreesAs(permissions).orElseThrow(() -> new WorkspaceAccessDeniedException(
                "Only the workspace's clinical lead or a setting representative can agree to an urgent notice."));
        UrgentNotice notice = find(workspaceId, noticeId);
        notice.agree(CurrentPerson.id(), as, today(), clock.instant());
        activity.record(new NoticeChange.NoticePublished(workspaceId, noticeId, notice.title(), as));
        recipients.published(workspaceId, notice.title(), notice.forPatients(), CurrentPerson.id(),
                clock.instant().minus(Duration.ofDays(NoticeLimits.RECENT_READER_DAYS)));
        return details(Stream.of(notice)).getFirst();
    }

    /** A convenor takes a notice down, or drops a draft. */
    @Transactional
    public void withdraw(long workspaceId, long noticeId) {
        gate.requireConvenor(workspaceId);
        UrgentNotice notice = find(workspaceId, noticeId);
        boolean wasPublished = notice.status() == UrgentNotice.Status.PUBLISHED;
        notice.withdraw(CurrentPerson.id(), clock.instant());
        activity.record(new NoticeChange.NoticeWithdrawn(workspaceId, noticeId, notice.title(), wasPublished));
    }

    /**
     * A convenor answers whether the version published since covers the notice: covered retires
     * it, still needed keeps it showing.
     */
    @Transactional
    public void answerCoverage(long workspaceId, long noticeId, boolean covered) {
        gate.requireConvenor(workspaceId);
        UrgentNotice notice = find(workspaceId, noticeId);
        notice.answerCoverage(covered, CurrentPerson.id(), clock.instant());
        int version = notice.coverageAskedVersion();
        activity.record(covered ? new NoticeChange.NoticeRetired(workspaceId, noticeId, notice.title(), version)
                : new NoticeChange.NoticeKept(workspaceId, noticeId, notice.title(), version));
    }

    /** "clinical lead" or "representative of Primary care", or empty when the person may not agree. */
    private static Optional<String> agreesAs(WorkspacePermissions permissions) {
        if (permissions.role() == WorkspaceRole.CLINICAL_LEAD) {
            return Optional.of("clinical lead");
        }
        return permissions.signsFor().stream().sorted().findFirst().map(setting -> "representative of " + setting.label());
    }

    private Stream<NoticeDetails> liveNotices(long workspaceId) {
        LocalDate today = today();
        return details(notices.findByWorkspaceIdAndStatusOrderByDraftedAtDescIdDesc(workspaceId, UrgentNotice.Status.PUBLISHED)
                .stream().filter(notice -> notice.live(today))).stream();
    }

    private UrgentNotice find(long workspaceId, long noticeId) {
        return notices.findByIdAndWorkspaceId(noticeId, workspaceId)
                .orElseThrow(() -> new InvalidInputException("notice", "There is no such notice in this workspace."));
    }

    private Optional<PathwaySnapshot> latest(long workspaceId) {
        return versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId).map(PathwayVersion::content).map(json::read);
    }

    private List<NoticeDetails> details(Stream<UrgentNotice> found) {
        List<UrgentNotice> list = found.toList();
        Set<Long> people = new HashSet<>();
        for (UrgentNotice notice : list) {
            people.add(notice.draftedBy());
            Stream.of(notice.agreedBy(), notice.withdrawnBy(), notice.coverageAnsweredBy()).filter(id -> id != null)
                    .forEach(people::add);
        }
        Map<Long, String> named = names.of(people);
        LocalDate today = today();
        return list.stream().map(notice -> {
            Long endedBy = notice.withdrawnBy() != null ? notice.withdrawnBy()
                    : notice.status() == UrgentNotice.Status.RETIRED ? notice.coverageAnsweredBy() : null;
            return new NoticeDetails(notice.id(), notice.workspaceId(), notice.title(), notice.body(), notice.stepTitle(),
                    notice.forPatients(), notice.expiresOn(), notice.state(today), name(named, notice.draftedBy()),
                    notice.draftedAt(), notice.agreedBy() == null ? null : name(named, notice.agreedBy()), notice.agreedAs(),
                    notice.agreedAt(), endedBy == null ? null : name(named, endedBy),
                    notice.withdrawnAt() != null ? notice.withdrawnAt()
                            : notice.status() == UrgentNotice.Status.RETIRED ? notice.coverageAnsweredAt() : null,
                    notice.coverageOpen() ? notice.coverageAskedVersion() : null);
        }).toList();
    }

    private static String name(Map<Long, String> named, long personId) {
        return named.getOrDefault(personId, PersonNames.FORMER_MEMBER);
    }

    private LocalDate today() {
        return PortalTime.today(clock);
    }
}
