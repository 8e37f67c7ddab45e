package org.joinedup.forums.interfaceissues;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;

import org.joinedup.forums.internal.ForumGate;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumLimits;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.OrganisationCard;
import org.joinedup.identity.people.OrganisationLookup;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.proposal.ChangeRequest;
import org.joinedup.pathway.proposal.ChangeRequestOutcome;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The interface issues log. Clinicians raise issues and move them on; moderators and
 * administrators read the log too, as they read the "Interface issues" forum. Raising an
 * issue starts its thread in that forum through {@link ForumService#startThread}, as the
 * clinician raising it, so the thread passes the same posting checks as any other. Every
 * change is audited under {@value #AUDIT_SUBJECT}; each change of status is told to the
 * person who raised the issue and to everyone who wrote in its thread or changed its status
 * before (there is no inbox per organisation).
 */
@Service
@Validated
public class InterfaceIssueLog {

    public static final String AUDIT_SUBJECT = "interface-issue";

    private static final String READERS = "hasAnyRole('CLINICIAN', 'MODERATOR', 'ADMIN')";
    private static final String CLINICIANS = "hasRole('CLINICIAN')";
    private static final int PATHWAY_CHOICES_MAX = 500;
    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    private final InterfaceIssueRepository issues;
    private final IssueEventRepository events;
    private final ForumService forums;
    private final WorkspaceService workspaces;
    private final ProposalService proposals;
    private final ForumGate gate;
    private final OrganisationLookup organisations;
    private final PeopleLookup people;
    private final IdentifierScreening screening;
    private final NotificationCentre notifications;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    InterfaceIssueLog(InterfaceIssueRepository issues, IssueEventRepository events, ForumService forums,
            WorkspaceService workspaces, ProposalService proposals, ForumGate gate, OrganisationLookup organisations, PeopleLookup people,
            IdentifierScreening screening, NotificationCentre notifications, AuditTrail audit,
            EntityManager entityManager, Clock clock) {
        this.issues = issues;
        this.events = events;
        this.forums = forums;
        this.workspaces = workspaces;
        this.proposals = proposals;
        this.gate = gate;
        this.organisations = organisations;
        this.people = people;
        this.screening = screening;
        this.notifications = notifications;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // Raising

    /**
     * Raises an issue and starts its thread in the "Interface issues" forum, the first post
     * describing it. The title and description are screened for patient identifiers and the
     * issue refused, naming the field and what was found, when they hold any; the due date is
     * today or later; the pathway, when named, is one the clinician may read.
     */
    @Transactional
    @PreAuthorize(CLINICIANS)
    public InterfaceIssueDetails raise(@Valid NewInterfaceIssue issue) {
        screening.requireNone("an interface issue", orderedFields("title", issue.title(), "description",
                issue.description()));
        LocalDate today = PortalTime.today(clock);
        if (issue.dueDate().isBefore(today)) {
            throw new InvalidInputException("dueDate", "The due date has passed. Choose today or a later date.");
        }
        if (issue.dueDate().isAfter(today.plusDays(InterfaceIssueLimits.DUE_WITHIN_DAYS))) {
            throw new InvalidInputException("dueDate", "Choose a due date within a year; the issue can be "
                    + "escalated if it takes longer.");
        }
        Set<Long> involved = new HashSet<>(issue.organisationIds());
        involved.add(issue.ownerOrganisationId());
        Map<Long, OrganisationCard> cards = organisations.cards(involved);
        if (!cards.containsKey(issue.ownerOrganisationId())) {
            throw new InvalidInputException("ownerOrganisationId", "That organisation is no longer in the portal. "
                    + "Choose another.");
        }
        if (!cards.keySet().containsAll(involved)) {
            throw new InvalidInputException("organisationIds", "One of the organisations chosen is no longer in the "
                    + "portal. Choose them again.");
        }
        if (issue.workspaceId() != null && !gate.readsWorkspace(issue.workspaceId())) {
            throw new InvalidInputException("workspaceId", "Choose a pathway you can open.");
        }
        long me = CurrentPerson.id();
        Instant now = clock.instant();
        InterfaceIssue saved = issues.saveAndFlush(new InterfaceIssue(issue.kind(), issue.title().strip(),
                issue.description().strip(), issue.ownerOrganisationId(), involved, issue.dueDate(),
                issue.workspaceId(), me, now));
        PostDetails opening = forums.startThread(interfaceIssuesForum(), new NewThread(threadTitle(saved),
                openingPost(saved, cards), null));
        saved.discussedIn(opening.threadId());
        issues.saveAndFlush(saved);
        events.save(new IssueEvent(saved.id(), null, InterfaceIssueStatus.RAISED, "Raised.", me, now));
        audit.record("interface-issue.raised", AUDIT_SUBJECT, saved.id(), issue.kind().label() + " issue raised, owned "
                + "by organisation " + issue.ownerOrganisationId() + ", due " + issue.dueDate() + ", thread "
                + opening.threadId() + (opening.status() == PostStatus.PUBLISHED ? "" : " (its first post held)"));
        return details(saved);
    }

    private long interfaceIssuesForum() {
        return forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.INTERFACE_ISSUES)
                .map(ForumSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The Interface issues forum is missing"));
    }

    private static String threadTitle(InterfaceIssue issue) {
        String title = issue.kind().label() + ": " + issue.title();
        return title.length() <= ForumLimits.THREAD_TITLE_MAX ? title
                : title.substring(0, ForumLimits.THREAD_TITLE_MAX - 1) + "…";
    }

    private static String openingPost(InterfaceIssue issue, Map<Long, OrganisationCard> cards) {
        String owner = cards.get(issue.ownerOrganisationId()).name();
        String involved = issue.organisationIds().stream().map(cards::get).map(OrganisationCard::name).sorted()
                .collect(Collectors.joining(", "));
        return "**Interface issue " + issue.id() + ": " + escape(issue.kind().label()) + "**\n\n"
                + "- Owned by: " + escape(owner) + "\n"
                + "- Organisations involved: " + escape(involved) + "\n"
                + "- Due: " + issue.dueDate().format(DUE_DATE) + "\n\n"
                + issue.description() + "\n\n"
                + "Its status is kept in the interface issues log; say here what you see and what would help.";
    }

    /** Organisation names shown as typed, not as Markdown. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }

    // Status

    /**
     * Moves the issue on, with a note saying why. Refused when someone changed it since the
     * page showed {@code expectedVersion} ({@link InterfaceIssueChangedException}), when the
     * issue cannot go there from where it is ({@link ImpossibleTransitionException}), and when
     * the note holds what looks like a patient identifier.
     */
    @Transactional
    @PreAuthorize(CLINICIANS)
    public InterfaceIssueDetails changeStatus(long issueId, long expectedVersion, @Valid StatusChange change) {
        screening.requireNone("a note on interface issue " + issueId, Map.of("note", change.note()));
        InterfaceIssue issue = issues.lockById(issueId).orElseThrow(InterfaceIssueNotFoundException::new);
        if (issue.version() != expectedVersion) {
            throw new InterfaceIssueChangedException(issue.status());
        }
        InterfaceIssueStatus from = issue.status();
        Instant now = clock.instant();
        issue.moveTo(change.status(), now);
        issues.saveAndFlush(issue);
        long me = CurrentPerson.id();
        events.save(new IssueEvent(issueId, from, change.status(), change.note().strip(), me, now));
        Set<Long> told = interestedIn(issue);
        told.remove(me);
        notifications.sendAll(told, NotificationKind.INTERFACE_ISSUE, "Interface issue \u201c" + issue.title()
                + "\u201d is now " + change.status().label().toLowerCase(), InterfaceIssueRoutes.issue(issueId));
        audit.record("interface-issue.status-changed", AUDIT_SUBJECT, issueId, from.label() + " to "
                + change.status().label());
        return details(issue);
    }

    /** Whoever raised the issue, wrote in its thread or changed its status. */
    private Set<Long> interestedIn(InterfaceIssue issue) {
        Set<Long> interested = new HashSet<>();
        interested.add(issue.raisedBy());
        events.findByIssueIdOrderById(issue.id()).forEach(event -> interested.add(event.changedBy()));
        if (issue.threadId() != null) {
            interested.addAll(entityManager.createQuery("select distinct p.authorId from ForumPost p "
                            + "where p.threadId = :thread and p.status = :published", Long.class)
                    .setParameter("thread", issue.threadId()).setParameter("published", PostStatus.PUBLISHED)
                    .getResultList());
        }
        return interested;
    }

    // A change to the pathway

    /**
     * Asks for a change to the pathway a resolved issue concerns, with the reason given: the
     * pathway's own {@link ProposalService#requestChange} opens a change proposal from its draft,
     * or adds the request to the proposal already open, naming this issue as where it was asked
     * for. Only that workspace's convenor may ask (the pathway refuses anyone else with
     * {@link WorkspaceAccessDeniedException}); the issue keeps the proposal's id and asks once.
     */
    @Transactional
    @PreAuthorize(CLINICIANS)
    public ChangeRequestOutcome requestChange(long issueId, String reason) {
        InterfaceIssue issue = issues.lockById(issueId).orElseThrow(InterfaceIssueNotFoundException::new);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say what should change in the pathway, and why.");
        }
        if (reason.strip().length() > WorkspaceLimits.REASON_MAX) {
            throw new InvalidInputException("reason", "Keep the reason to " + WorkspaceLimits.REASON_MAX
                    + " characters.");
        }
        if (issue.workspaceId() == null) {
            throw new InvalidInputException("reason", "This issue concerns no pathway, so there is no pathway to change.");
        }
        if (issue.status() != InterfaceIssueStatus.RESOLVED) {
            throw new InvalidInputException("reason", "Only a resolved issue asks for its pathway to change: "
                    + "agree the action and resolve the issue first.");
        }
        if (issue.changeProposalId() != null) {
            throw new InvalidInputException("reason", "A change to the pathway was already asked for from this issue.");
        }
        ChangeRequestOutcome outcome = proposals.requestChange(issue.workspaceId(),
                new ChangeRequest(reason.strip(), InterfaceIssueRoutes.issue(issueId)));
        issue.changeRequested(outcome.proposalId(), CurrentPerson.id(), clock.instant());
        issues.saveAndFlush(issue);
        audit.record("interface-issue.change-requested", AUDIT_SUBJECT, issueId, (outcome.opened()
                ? "Opened change proposal " : "Added to change proposal ") + outcome.proposalId() + " in workspace "
                + issue.workspaceId());
        return outcome;
    }

    // Reading

    /** A page of the log: open issues first, earliest due first, then resolved ones. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<InterfaceIssueSummary> issues(InterfaceIssueFilter filter, int offset, int limit) {
        TypedQuery<InterfaceIssue> query = filtered("select i from InterfaceIssue i", filter,
                " order by case when i.status = :resolved then 1 else 0 end, i.dueDate, i.id", InterfaceIssue.class)
                .setParameter("resolved", InterfaceIssueStatus.RESOLVED);
        List<InterfaceIssue> rows = query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList();
        Map<Long, OrganisationCard> owners = organisations.cards(rows.stream()
                .map(InterfaceIssue::ownerOrganisationId).collect(Collectors.toSet()));
        Map<Long, String> raisers = people.names(rows.stream().map(InterfaceIssue::raisedBy).collect(Collectors.toSet()));
        LocalDate today = PortalTime.today(clock);
        return rows.stream().map(issue -> new InterfaceIssueSummary(issue.id(), issue.kind(), issue.title(),
                issue.status(), ownerName(owners, issue), raisers.getOrDefault(issue.raisedBy(), "Former member"),
                issue.raisedAt(), issue.dueDate(), issue.overdue(today))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public long count(InterfaceIssueFilter filter) {
        return filtered("select count(i) from InterfaceIssue i", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, InterfaceIssueFilter filter, String order, Class<T> type) {
        InterfaceIssueFilter wanted = filter == null ? InterfaceIssueFilter.ANY : filter;
        List<String> where = new ArrayList<>();
        if (wanted.status() != null) {
            where.add("i.status = :status");
        }
        if (wanted.kind() != null) {
            where.add("i.kind = :kind");
        }
        if (wanted.organisationId() != null) {
            where.add(":organisation member of i.organisationIds");
        }
        TypedQuery<T> query = entityManager.createQuery(select + (where.isEmpty() ? "" : " where "
                + String.join(" and ", where)) + order, type);
        if (wanted.status() != null) {
            query.setParameter("status", wanted.status());
        }
        if (wanted.kind() != null) {
            query.setParameter("kind", wanted.kind());
        }
        if (wanted.organisationId() != null) {
            query.setParameter("organisation", wanted.organisationId());
        }
        return query;
    }

    /** One issue with its history, and what the signed-in person may do with it. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public InterfaceIssueDetails issue(long issueId) {
        return details(issues.findById(issueId).orElseThrow(InterfaceIssueNotFoundException::new));
    }

    /** The issue whose thread this is, if any: for a link from the thread to the log. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Optional<Long> issueDiscussedIn(long threadId) {
        return issues.findByThreadId(threadId).map(InterfaceIssue::id);
    }

    /** The open issues counted by kind, by owning organisation and by age, for a design forum's agenda. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public InterfaceIssueCounts counts() {
        Map<InterfaceIssueKind, Long> byKind = new EnumMap<>(InterfaceIssueKind.class);
        for (InterfaceIssueKind kind : InterfaceIssueKind.values()) {
            byKind.put(kind, 0L);
        }
        entityManager.createQuery("select i.kind as kind, count(i) as issues from InterfaceIssue i "
                        + "where i.status <> :resolved group by i.kind", Tuple.class)
                .setParameter("resolved", InterfaceIssueStatus.RESOLVED).getResultStream()
                .forEach(row -> byKind.put(row.get("kind", InterfaceIssueKind.class), row.get("issues", Long.class)));

        Map<Long, Long> owned = new LinkedHashMap<>();
        entityManager.createQuery("select i.ownerOrganisationId as owner, count(i) as issues from InterfaceIssue i "
                        + "where i.status <> :resolved group by i.ownerOrganisationId", Tuple.class)
                .setParameter("resolved", InterfaceIssueStatus.RESOLVED).getResultStream()
                .forEach(row -> owned.put(row.get("owner", Long.class), row.get("issues", Long.class)));
        Map<Long, OrganisationCard> cards = organisations.cards(owned.keySet());
        List<InterfaceIssueCounts.OwnerCount> byOwner = owned.entrySet().stream()
                .map(entry -> new InterfaceIssueCounts.OwnerCount(entry.getKey(),
                        cards.containsKey(entry.getKey()) ? cards.get(entry.getKey()).name() : "Former organisation",
                        entry.getValue()))
                .sorted(Comparator.comparingLong(InterfaceIssueCounts.OwnerCount::count).reversed()
                        .thenComparing(InterfaceIssueCounts.OwnerCount::name))
                .toList();

        LocalDate today = PortalTime.today(clock);
        Instant now = clock.instant();
        Tuple ages = entityManager.createQuery("select "
                        + "sum(case when i.dueDate < :today then 1 else 0 end) as overdue, "
                        + "sum(case when i.dueDate >= :today and i.raisedAt > :twoWeeks then 1 else 0 end) as recent, "
                        + "sum(case when i.dueDate >= :today and i.raisedAt <= :twoWeeks and i.raisedAt > :sixWeeks "
                        + "then 1 else 0 end) as middle, "
                        + "sum(case when i.dueDate >= :today and i.raisedAt <= :sixWeeks then 1 else 0 end) as old "
                        + "from InterfaceIssue i where i.status <> :resolved", Tuple.class)
                .setParameter("today", today)
                .setParameter("twoWeeks", now.minus(AgeBand.TWO_WEEKS, ChronoUnit.DAYS))
                .setParameter("sixWeeks", now.minus(AgeBand.SIX_WEEKS, ChronoUnit.DAYS))
                .setParameter("resolved", InterfaceIssueStatus.RESOLVED)
                .getSingleResult();
        Map<AgeBand, Long> byAge = new EnumMap<>(AgeBand.class);
        byAge.put(AgeBand.UNDER_TWO_WEEKS, sum(ages, "recent"));
        byAge.put(AgeBand.TWO_TO_SIX_WEEKS, sum(ages, "middle"));
        byAge.put(AgeBand.OVER_SIX_WEEKS, sum(ages, "old"));
        byAge.put(AgeBand.OVERDUE, sum(ages, "overdue"));

        long open = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new InterfaceIssueCounts(open, Collections.unmodifiableMap(byKind), byOwner,
                Collections.unmodifiableMap(byAge));
    }

    private static long sum(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    // Choices for the form

    /** Organisations whose name contains the text, by name: those an issue may involve. */
    @Transactional(readOnly = true)
    @PreAuthorize(CLINICIANS)
    public List<OrganisationCard> organisationChoices(String text, int offset, int limit) {
        return organisations.named(text, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CLINICIANS)
    public long countOrganisationChoices(String text) {
        return organisations.countNamed(text);
    }

    /** Every organisation that owns or is involved in an issue, by name: for the log's filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<OrganisationCard> organisationsInLog() {
        List<Long> ids = entityManager.createQuery("select distinct o from InterfaceIssue i join i.organisationIds o",
                Long.class).getResultList();
        return organisations.cards(ids).values().stream().sorted(Comparator.comparing(OrganisationCard::name))
                .toList();
    }

    /** The pathways an issue may concern: the clinician's own workspaces, then those open to every clinician. */
    @Transactional(readOnly = true)
    @PreAuthorize(CLINICIANS)
    public List<PathwayChoice> pathwayChoices() {
        List<WorkspaceSummary> readable = new ArrayList<>(workspaces.myWorkspaces(0, PATHWAY_CHOICES_MAX));
        readable.addAll(workspaces.openWorkspaces(0, PATHWAY_CHOICES_MAX));
        Map<Long, PathwayChoice> choices = new LinkedHashMap<>();
        readable.forEach(workspace -> choices.putIfAbsent(workspace.id(),
                new PathwayChoice(workspace.id(), workspace.title())));
        return List.copyOf(choices.values());
    }

    // Records

    private InterfaceIssueDetails details(InterfaceIssue issue) {
        Map<Long, OrganisationCard> cards = organisations.cards(issue.organisationIds());
        List<IssueEvent> history = events.findByIssueIdOrderById(issue.id());
        Set<Long> named = new HashSet<>();
        named.add(issue.raisedBy());
        history.forEach(event -> named.add(event.changedBy()));
        Map<Long, String> names = people.names(named);
        LocalDate today = PortalTime.today(clock);
        String workspaceTitle = null;
        boolean convenes = false;
        if (issue.workspaceId() != null) {
            try {
                workspaceTitle = workspaces.workspace(issue.workspaceId()).title();
                convenes = workspaces.myPermissions(issue.workspaceId()).convenes();
            } catch (WorkspaceAccessDeniedException e) {
                workspaceTitle = null;
            }
        }
        boolean clinician = ForumGate.signedInWith(Role.CLINICIAN);
        OrganisationCard owner = cards.get(issue.ownerOrganisationId());
        return new InterfaceIssueDetails(issue.id(), issue.kind(), issue.title(), issue.description(), issue.status(),
                owner, cards.values().stream().sorted(Comparator.comparing(OrganisationCard::name)).toList(),
                issue.dueDate(), issue.overdue(today), names.getOrDefault(issue.raisedBy(), "Former member"),
                issue.raisedAt(), issue.threadId(), issue.workspaceId(), workspaceTitle, issue.changeProposalId(),
                issue.version(),
                history.stream().map(event -> new IssueHistoryEntry(event.fromStatus(), event.toStatus(), event.note(),
                        names.getOrDefault(event.changedBy(), "Former member"), event.changedAt())).toList(),
                clinician ? issue.status().next() : Set.of(),
                clinician && convenes && issue.status() == InterfaceIssueStatus.RESOLVED
                        && issue.changeProposalId() == null);
    }

    private static String ownerName(Map<Long, OrganisationCard> owners, InterfaceIssue issue) {
        OrganisationCard owner = owners.get(issue.ownerOrganisationId());
        return owner == null ? "Former organisation" : owner.name();
    }

    private static Map<String, String> orderedFields(String first, String firstText, String second, String secondText) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(first, firstText);
        fields.put(second, secondText);
        return fields;
    }
}
