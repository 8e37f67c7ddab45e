package org.joinedup.forums.interfaceissues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.joinedup.forums.EstablishedMembers;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.identity.people.OrganisationLookup;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.proposal.ChangeRequestOutcome;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The interface issues log. Dr Priya Shah (gp, Riverside Medical Practice) raises issues;
 * Dr Tomi Okafor (consultant) and Jo Williams (nurse) move them on; Margaret Hill (patient)
 * is a patient partner, Lucy Evans a moderator.
 */
@JoinedUpTest
@DirtiesContext
@EstablishedMembers
class InterfaceIssueLogTest {

    /** A valid NHS number (check digit 4). */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    InterfaceIssueLog log;
    @Autowired
    ForumService forums;
    @Autowired
    OrganisationLookup organisations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    private long organisation(String name) {
        return organisations.named(name, 0, 1).getFirst().id();
    }

    private LocalDate inDays(int days) {
        return PortalTime.today(clock).plusDays(days);
    }

    private InterfaceIssueDetails raise(InterfaceIssueKind kind, String title, String owner, String... involved) {
        DemoSignIn.as(users, "gp");
        Set<Long> ids = new java.util.HashSet<>();
        for (String name : involved) {
            ids.add(organisation(name));
        }
        return log.raise(new NewInterfaceIssue(kind, title, "Letters arrive a week after discharge, so the practice "
                + "cannot act on medicine changes.", ids, organisation(owner), inDays(28), null));
    }

    private long personId(String person) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class,
                person + DemoSignIn.DOMAIN);
    }

    private long notificationsFor(String person, long issueId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = "
                + "'INTERFACE_ISSUE' and link = ?", Long.class, personId(person), InterfaceIssueRoutes.issue(issueId));
    }

    @Test
    void an_issue_is_raised_with_its_thread_and_goes_from_raised_to_resolved_through_each_state() {
        InterfaceIssueDetails raised = raise(InterfaceIssueKind.DISCHARGE_SUMMARIES, "Discharge letters a week late",
                "Northgate Hospitals", "Riverside Medical");

        assertThat(raised.status()).isEqualTo(InterfaceIssueStatus.RAISED);
        assertThat(raised.owner().name()).isEqualTo("Northgate Hospitals NHS Foundation Trust");
        assertThat(raised.organisations()).extracting(organisation -> organisation.name())
                .containsExactly("Northgate Hospitals NHS Foundation Trust", "Riverside Medical Practice");
        assertThat(raised.raisedByName()).isEqualTo("Dr Priya Shah");
        assertThat(raised.nextStatuses()).containsExactlyInAnyOrder(InterfaceIssueStatus.ACKNOWLEDGED,
                InterfaceIssueStatus.ESCALATED);
        ThreadDetails thread = forums.thread(raised.threadId());
        assertThat(thread.title()).isEqualTo("Discharge summaries: Discharge letters a week late");
        assertThat(thread.forum().kind()).isEqualTo(org.joinedup.forums.threads.ForumKind.INTERFACE_ISSUES);
        PostDetails opening = forums.posts(raised.threadId(), 0, 1).getFirst();
        assertThat(opening.body()).contains("Owned by: Northgate Hospitals NHS Foundation Trust")
                .contains("Letters arrive a week after discharge");
        assertThat(log.issueDiscussedIn(raised.threadId())).contains(raised.id());

        DemoSignIn.as(users, "nurse");
        forums.reply(raised.threadId(), new org.joinedup.forums.threads.NewReply("We see the same in the community.",
                null));

        DemoSignIn.as(users, "consultant");
        InterfaceIssueDetails acknowledged = log.changeStatus(raised.id(), raised.version(),
                new StatusChange(InterfaceIssueStatus.ACKNOWLEDGED, "The discharge team has seen this."));
        assertThat(notificationsFor("gp", raised.id())).as("the raiser is told").isEqualTo(1);
        assertThat(notificationsFor("nurse", raised.id())).as("so is everyone who wrote in the thread").isEqualTo(1);
        assertThat(notificationsFor("consultant", raised.id())).as("not the person who changed it").isZero();
        InterfaceIssueDetails agreed = log.changeStatus(raised.id(), acknowledged.version(),
                new StatusChange(InterfaceIssueStatus.ACTION_AGREED, "Letters to be sent on the day of discharge."));

        DemoSignIn.as(users, "gp");
        InterfaceIssueDetails resolved = log.changeStatus(raised.id(), agreed.version(),
                new StatusChange(InterfaceIssueStatus.RESOLVED, "Letters now arrive the same day."));
        assertThat(resolved.status()).isEqualTo(InterfaceIssueStatus.RESOLVED);
        assertThat(resolved.nextStatuses()).isEmpty();
        assertThat(resolved.history()).extracting(IssueHistoryEntry::from, IssueHistoryEntry::to, IssueHistoryEntry::byName)
                .containsExactly(
                        tuple(null, InterfaceIssueStatus.RAISED, "Dr Priya Shah"),
                        tuple(InterfaceIssueStatus.RAISED, InterfaceIssueStatus.ACKNOWLEDGED, "Dr Tomi Okafor"),
                        tuple(InterfaceIssueStatus.ACKNOWLEDGED, InterfaceIssueStatus.ACTION_AGREED, "Dr Tomi Okafor"),
                        tuple(InterfaceIssueStatus.ACTION_AGREED, InterfaceIssueStatus.RESOLVED, "Dr Priya Shah"));
        assertThat(notificationsFor("consultant", raised.id())).as("the consultant changed it before").isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_entry where subject_type = ? and subject_id = ? "
                + "order by id", String.class, InterfaceIssueLog.AUDIT_SUBJECT, raised.id()))
                .containsExactly("interface-issue.raised", "interface-issue.status-changed",
                        "interface-issue.status-changed", "interface-issue.status-changed");
    }

    @Test
    void an_escalated_issue_goes_on_to_an_agreed_action_or_resolution() {
        InterfaceIssueDetails raised = raise(InterfaceIssueKind.SHARED_CARE_REQUESTS, "Shared care for DMARDs refused",
                "East Place Primary Care", "Northgate Hospitals");
        DemoSignIn.as(users, "consultant");
        InterfaceIssueDetails escalated = log.changeStatus(raised.id(), raised.version(),
                new StatusChange(InterfaceIssueStatus.ESCALATED, "To the ICB's medicines group."));
        assertThat(escalated.nextStatuses()).containsExactlyInAnyOrder(InterfaceIssueStatus.ACTION_AGREED,
                InterfaceIssueStatus.RESOLVED);
        assertThat(log.changeStatus(raised.id(), escalated.version(),
                new StatusChange(InterfaceIssueStatus.RESOLVED, "The ICB funds the monitoring.")).status())
                .isEqualTo(InterfaceIssueStatus.RESOLVED);
    }

    @Test
    void an_impossible_change_of_status_is_refused_with_where_the_issue_can_go() {
        InterfaceIssueDetails raised = raise(InterfaceIssueKind.FIT_NOTES, "Fit notes left to the GP",
                "Northgate Hospitals");

        DemoSignIn.as(users, "consultant");
        assertThatThrownBy(() -> log.changeStatus(raised.id(), raised.version(),
                new StatusChange(InterfaceIssueStatus.RESOLVED, "Done.")))
                .isInstanceOfSatisfying(ImpossibleTransitionException.class, refused -> {
                    assertThat(refused.messages()).containsKey("status");
                    assertThat(refused.getMessage()).isEqualTo("An issue that is raised cannot become resolved straight "
                            + "away: next it can be acknowledged or escalated.");
                });
        assertThat(log.issue(raised.id()).status()).isEqualTo(InterfaceIssueStatus.RAISED);

        InterfaceIssueDetails acknowledged = log.changeStatus(raised.id(), raised.version(),
                new StatusChange(InterfaceIssueStatus.ACKNOWLEDGED, "Seen."));
        InterfaceIssueDetails agreed = log.changeStatus(raised.id(), acknowledged.version(),
                new StatusChange(InterfaceIssueStatus.ACTION_AGREED, "Wards issue fit notes."));
        InterfaceIssueDetails resolved = log.changeStatus(raised.id(), agreed.version(),
                new StatusChange(InterfaceIssueStatus.RESOLVED, "Audit shows it holds."));
        assertThatThrownBy(() -> log.changeStatus(raised.id(), resolved.version(),
                new StatusChange(InterfaceIssueStatus.ESCALATED, "Again.")))
                .isInstanceOf(ImpossibleTransitionException.class)
                .hasMessageStartingWith("The issue is resolved, so its status no longer changes.");
        assertThat(log.issue(raised.id()).history()).hasSize(4);
    }

    @Test
    void a_stale_version_is_refused_so_two_people_changing_it_at_once_do_not_pass_each_other() {
        InterfaceIssueDetails raised = raise(InterfaceIssueKind.ONWARD_REFERRALS, "Referrals sent back to the GP",
                "Northgate Hospitals");

        DemoSignIn.as(users, "consultant");
        log.changeStatus(raised.id(), raised.version(), new StatusChange(InterfaceIssueStatus.ACKNOWLEDGED, "Seen."));
        DemoSignIn.as(users, "nurse");
        assertThatThrownBy(() -> log.changeStatus(raised.id(), raised.version(),
                new StatusChange(InterfaceIssueStatus.ESCALATED, "Nothing is happening.")))
                .isInstanceOfSatisfying(InterfaceIssueChangedException.class,
                        refused -> assertThat(refused.current()).isEqualTo(InterfaceIssueStatus.ACKNOWLEDGED))
                .hasMessageContaining("it is now acknowledged");
        assertThat(log.issue(raised.id()).history()).extracting(IssueHistoryEntry::to)
                .containsExactly(InterfaceIssueStatus.RAISED, InterfaceIssueStatus.ACKNOWLEDGED);
    }

    @Test
    void patient_partners_may_neither_raise_nor_read_and_moderators_read_without_changing() {
        InterfaceIssueDetails raised = raise(InterfaceIssueKind.DNA_HANDLING, "Discharged after one missed appointment",
                "Eastshire Community Health");
        long organisation = organisation("Riverside Medical");

        DemoSignIn.as(users, "patient");
        assertThatThrownBy(() -> log.raise(new NewInterfaceIssue(InterfaceIssueKind.OTHER, "A problem", "It happens.",
                Set.of(), organisation, inDays(7), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.issues(InterfaceIssueFilter.ANY, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.issue(raised.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.counts()).isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(users, "moderator");
        InterfaceIssueDetails read = log.issue(raised.id());
        assertThat(read.nextStatuses()).as("only clinicians move an issue on").isEmpty();
        assertThatThrownBy(() -> log.changeStatus(raised.id(), read.version(),
                new StatusChange(InterfaceIssueStatus.ACKNOWLEDGED, "Seen."))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_description_with_a_patient_identifier_is_refused_at_the_field_and_nothing_is_written() {
        DemoSignIn.as(users, "gp");
        long threads = jdbc.queryForObject("select count(*) from forum_thread", Long.class);
        long issues = jdbc.queryForObject("select count(*) from interface_issue", Long.class);
        String description = "Mr Jones, NHS number " + NHS_NUMBER + ", waited three weeks for his letter.";

        assertThatThrownBy(() -> log.raise(new NewInterfaceIssue(InterfaceIssueKind.DISCHARGE_SUMMARIES,
                "Late letter", description, Set.of(), organisation("Northgate Hospitals"), inDays(14), null)))
                .isInstanceOfSatisfying(IdentifiersFoundException.class, refused -> {
                    assertThat(refused.findingsByField()).containsOnlyKeys("description");
                    assertThat(refused.messages().get("description")).contains("NHS number").doesNotContain("943");
                });
        assertThat(jdbc.queryForObject("select count(*) from forum_thread", Long.class)).isEqualTo(threads);
        assertThat(jdbc.queryForObject("select count(*) from interface_issue", Long.class)).isEqualTo(issues);

        InterfaceIssueDetails raised = raise(InterfaceIssueKind.OTHER, "A note to screen", "Northgate Hospitals");
        DemoSignIn.as(users, "consultant");
        assertThatThrownBy(() -> log.changeStatus(raised.id(), raised.version(),
                new StatusChange(InterfaceIssueStatus.ACKNOWLEDGED, "Rang her on 07700 900123.")))
                .isInstanceOfSatisfying(IdentifiersFoundException.class,
                        refused -> assertThat(refused.findingsByField()).containsOnlyKeys("note"));
    }

    @Test
    void a_due_date_in_the_past_and_a_pathway_the_clinician_cannot_open_are_refused() {
        DemoSignIn.as(users, "gp");
        long owner = organisation("Northgate Hospitals");
        assertThatThrownBy(() -> log.raise(new NewInterfaceIssue(InterfaceIssueKind.OTHER, "Late", "Late.", Set.of(),
                owner, inDays(-1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messages()).containsOnlyKeys("dueDate"));
        assertThatThrownBy(() -> log.raise(new NewInterfaceIssue(InterfaceIssueKind.OTHER, "Late", "Late.", Set.of(),
                owner, inDays(7), 999_999L)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messages()).containsOnlyKeys("workspaceId"));
        assertThatThrownBy(() -> log.raise(new NewInterfaceIssue(null, " ", "Late.", Set.of(), owner, inDays(7), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messages()).containsKeys("kind", "title"));
    }

    @Test
    void open_issues_are_counted_by_kind_owner_and_age_and_the_log_filters_by_organisation() {
        InterfaceIssueCounts before = countsAsGp();
        String trust = "Northgate Hospitals NHS Foundation Trust";
        long fresh = raise(InterfaceIssueKind.DISCHARGE_SUMMARIES, "Fresh", "Northgate Hospitals").id();
        long threeWeeks = raise(InterfaceIssueKind.DISCHARGE_SUMMARIES, "Three weeks old", "Northgate Hospitals").id();
        long tenWeeks = raise(InterfaceIssueKind.RESULTS_RESPONSIBILITY, "Ten weeks old", "Eastshire Community Health")
                .id();
        long overdue = raise(InterfaceIssueKind.RESULTS_RESPONSIBILITY, "Overdue", "Eastshire Community Health",
                "Riverside Medical").id();
        InterfaceIssueDetails closed = raise(InterfaceIssueKind.FIT_NOTES, "Resolved one", "Northgate Hospitals");
        Instant now = clock.instant();
        age(threeWeeks, now.minus(21, ChronoUnit.DAYS), inDays(10));
        age(tenWeeks, now.minus(70, ChronoUnit.DAYS), inDays(3));
        age(overdue, now.minus(5, ChronoUnit.DAYS), inDays(-1));
        jdbc.update("update interface_issue set status = 'RESOLVED' where id = ?", closed.id());

        InterfaceIssueCounts counts = countsAsGp();
        assertThat(counts.open() - before.open()).isEqualTo(4);
        assertThat(difference(counts.byKind(), before.byKind())).containsExactly(
                Map.entry(InterfaceIssueKind.DISCHARGE_SUMMARIES, 2L), Map.entry(InterfaceIssueKind.ONWARD_REFERRALS, 0L),
                Map.entry(InterfaceIssueKind.RESULTS_RESPONSIBILITY, 2L), Map.entry(InterfaceIssueKind.FIT_NOTES, 0L),
                Map.entry(InterfaceIssueKind.SHARED_CARE_REQUESTS, 0L), Map.entry(InterfaceIssueKind.DNA_HANDLING, 0L),
                Map.entry(InterfaceIssueKind.OTHER, 0L));
        assertThat(difference(counts.byAge(), before.byAge())).containsExactly(
                Map.entry(AgeBand.UNDER_TWO_WEEKS, 1L), Map.entry(AgeBand.TWO_TO_SIX_WEEKS, 1L),
                Map.entry(AgeBand.OVER_SIX_WEEKS, 1L), Map.entry(AgeBand.OVERDUE, 1L));
        assertThat(owned(counts, trust) - owned(before, trust)).isEqualTo(2);
        assertThat(owned(counts, "Eastshire Community Health NHS Trust")
                - owned(before, "Eastshire Community Health NHS Trust")).isEqualTo(2);

        DemoSignIn.as(users, "nurse");
        assertThat(log.issues(new InterfaceIssueFilter(null, null, organisation("Riverside Medical")), 0, 100))
                .extracting(InterfaceIssueSummary::id).contains(overdue).doesNotContain(fresh, threeWeeks, tenWeeks);
        assertThat(log.issues(new InterfaceIssueFilter(null, InterfaceIssueKind.RESULTS_RESPONSIBILITY, null), 0, 100))
                .extracting(InterfaceIssueSummary::id).contains(overdue, tenWeeks).doesNotContain(fresh);
        assertThat(log.issues(new InterfaceIssueFilter(InterfaceIssueStatus.RESOLVED, null, null), 0, 100))
                .extracting(InterfaceIssueSummary::id).contains(closed.id()).doesNotContain(fresh);
        assertThat(log.issues(InterfaceIssueFilter.ANY, 0, 100)).filteredOn(summary -> summary.id() == overdue)
                .singleElement().satisfies(summary -> assertThat(summary.overdue()).isTrue());
        assertThat(log.count(new InterfaceIssueFilter(null, InterfaceIssueKind.RESULTS_RESPONSIBILITY, null)))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_resolved_issue_on_a_pathway_opens_a_change_proposal_there_for_its_convenor_only() {
        KidneyPathway pathway = KidneyPathway.create(context.getBean(WorkspaceService.class),
                context.getBean(DraftService.class), users, jdbc);
        DemoSignIn.as(users, "lnc");
        InterfaceIssueDetails raised = log.raise(new NewInterfaceIssue(InterfaceIssueKind.RESULTS_RESPONSIBILITY,
                "Who repeats the eGFR", "Nobody repeats the eGFR after clinic discharge.", Set.of(),
                organisation("Northgate Hospitals"), inDays(30), pathway.workspaceId()));
        assertThat(raised.workspaceTitle()).isEqualTo("Chronic kidney disease \u2014 Test Place");
        assertThatThrownBy(() -> log.requestChange(raised.id(), "Name who repeats the eGFR."))
                .as("an open issue asks for no change").isInstanceOf(InvalidInputException.class);
        InterfaceIssueDetails resolved = resolve(raised);
        assertThat(resolved.mayRequestChange()).as("Dr Aisha Khan does not convene the pathway").isFalse();
        assertThatThrownBy(() -> log.requestChange(raised.id(), "Name who repeats the eGFR."))
                .isInstanceOf(WorkspaceAccessDeniedException.class);

        DemoSignIn.as(users, "gp");
        assertThat(log.issue(raised.id()).mayRequestChange()).isTrue();
        ChangeRequestOutcome outcome = log.requestChange(raised.id(), "The discharge letter names who repeats the eGFR.");
        assertThat(outcome.opened()).isTrue();
        ProposalDetails proposal = context.getBean(ProposalService.class).openProposal(pathway.workspaceId())
                .orElseThrow();
        assertThat(proposal.id()).isEqualTo(outcome.proposalId());
        assertThat(proposal.summary()).isEqualTo("Asked for at " + InterfaceIssueRoutes.issue(raised.id())
                + ": The discharge letter names who repeats the eGFR.");
        InterfaceIssueDetails asked = log.issue(raised.id());
        assertThat(asked.changeProposalId()).isEqualTo(outcome.proposalId());
        assertThat(asked.mayRequestChange()).isFalse();
        assertThatThrownBy(() -> log.requestChange(raised.id(), "Again."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.getMessage()).contains("already asked for"));
    }

    private InterfaceIssueDetails resolve(InterfaceIssueDetails issue) {
        InterfaceIssueDetails now = log.changeStatus(issue.id(), issue.version(),
                new StatusChange(InterfaceIssueStatus.ACKNOWLEDGED, "Seen."));
        now = log.changeStatus(issue.id(), now.version(), new StatusChange(InterfaceIssueStatus.ACTION_AGREED,
                "Letters will say who repeats it."));
        return log.changeStatus(issue.id(), now.version(), new StatusChange(InterfaceIssueStatus.RESOLVED,
                "Letters now say who repeats it."));
    }

    private InterfaceIssueCounts countsAsGp() {
        DemoSignIn.as(users, "gp");
        return log.counts();
    }

    private void age(long issueId, Instant raisedAt, LocalDate due) {
        jdbc.update("update interface_issue set raised_at = ?, due_date = ? where id = ?",
                java.time.LocalDateTime.ofInstant(raisedAt, java.time.ZoneOffset.UTC), java.sql.Date.valueOf(due), issueId);
    }

    private static <K> Map<K, Long> difference(Map<K, Long> after, Map<K, Long> before) {
        Map<K, Long> difference = new java.util.LinkedHashMap<>();
        after.forEach((key, count) -> difference.put(key, count - before.getOrDefault(key, 0L)));
        return difference;
    }

    private static long owned(InterfaceIssueCounts counts, String name) {
        return counts.byOwner().stream().filter(owner -> owner.name().equals(name))
                .mapToLong(InterfaceIssueCounts.OwnerCount::count).sum();
    }
}
