package org.joinedup.forums.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.joinedup.forums.EstablishedMembers;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostPublished;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.platform.protectedtime.ProtectedTimeOffered;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings of the kidney pathway's forum. Dr Priya Shah (gp) convenes the workspace; Dr Ben
 * Carter (lmc) and Dr Aisha Khan (lnc) represent primary and secondary care; Jo Williams
 * (nurse) edits; Daniel Hughes (pharmacist) observes; Margaret Hill (patient) is its patient
 * partner. The clock stands at a Monday afternoon in November until a test moves it.
 */
@JoinedUpTest
@DirtiesContext
@Import({MovableClock.Configuration.class, ForumMeetingsTest.Listeners.class})
@EstablishedMembers
class ForumMeetingsTest extends KidneyPathwayTest {

    /** A valid NHS number (check digit 4). */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    ForumMeetings meetings;
    @Autowired
    ForumService forums;
    @Autowired
    MovableClock clock;
    @Autowired
    OfferedTime offered;
    @Autowired
    PlatformTransactionManager transactionManager;

    private long forumId;

    @BeforeEach
    void openTheForum() {
        signInAs("gp");
        forumId = forums.workspaceForum(pathway.workspaceId()).id();
        offered.events.clear();
        offered.published.clear();
    }

    /** Tomorrow at ten in London, for ninety minutes, at the practice. */
    private NewMeeting tomorrowAtTen(String title) {
        LocalDateTime start = LocalDateTime.of(LocalDate.ofInstant(clock.instant(), PortalTime.ZONE).plusDays(1),
                LocalTime.of(10, 0));
        return new NewMeeting(title, start, start.plusMinutes(90), MeetingMode.IN_PERSON,
                "Riverside Medical Practice, meeting room 2", null);
    }

    private MeetingDetails afterTheMeeting(MeetingDetails meeting) {
        clock.advance(Duration.ofDays(2));
        return meetings.meeting(meeting.id());
    }

    @Test
    void convenors_and_editors_schedule_meetings_and_other_members_only_see_them() {
        signInAs("gp");
        MeetingDetails byConvenor = meetings.schedule(forumId, tomorrowAtTen("Kidney design forum"));
        signInAs("nurse");
        MeetingDetails byEditor = meetings.schedule(forumId, tomorrowAtTen("Kidney design forum, extra"));
        assertThat(byEditor.organises()).isTrue();
        assertThat(byEditor.convenes()).as("an editor does not convene").isFalse();
        signInAs("lmc");
        assertThat(meetings.mayOrganise(forumId)).as("a setting representative edits").isTrue();

        for (String member : List.of("pharmacist", "patient")) {
            signInAs(member);
            assertThat(meetings.mayOrganise(forumId)).as(member).isFalse();
            assertThatThrownBy(() -> meetings.schedule(forumId, tomorrowAtTen("Mine"))).as(member)
                    .isInstanceOf(AccessDeniedException.class).hasMessage(ForumMeetings.NOT_ORGANISER);
            assertThatThrownBy(() -> meetings.cancel(byConvenor.id(), "Clash")).as(member)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(meetings.meetings(forumId, false, 0, 10)).as(member).extracting(MeetingSummary::id)
                    .containsExactly(byConvenor.id(), byEditor.id());
            assertThat(meetings.meeting(byConvenor.id()).organises()).as(member).isFalse();
        }
        signInAs("moderator");
        assertThat(meetings.meeting(byConvenor.id()).workspaceTitle()).as("moderators read every forum")
                .isEqualTo(forums.forum(forumId).title());
        assertThat(meetings.mayOrganise(forumId)).isFalse();

        signInAs("consultant");
        assertThatThrownBy(() -> meetings.meeting(byConvenor.id())).as("not a member of the workspace")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.meetings(forumId, false, 0, 10)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'FORUM_MEETING' "
                + "and recipient_id = ? and link = ?", Long.class, personId("patient"),
                MeetingRoutes.meeting(byConvenor.id()))).as("members are told").isEqualTo(1);
    }

    @Test
    void an_online_meeting_needs_a_secure_web_address_and_an_in_person_one_a_venue() {
        signInAs("gp");
        NewMeeting base = tomorrowAtTen("Online forum");
        for (String link : List.of("http://meet.example.org/kidney", "javascript:alert(1)", "meet.example.org",
                "https://", "https://someone@meet.example.org/x")) {
            assertThatThrownBy(() -> meetings.schedule(forumId, new NewMeeting(base.title(), base.start(), base.end(),
                    MeetingMode.ONLINE, null, link))).as(link).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).messages()).containsKey("link"));
        }
        MeetingDetails online = meetings.schedule(forumId, new NewMeeting(base.title(), base.start(), base.end(),
                MeetingMode.ONLINE, "ignored for an online meeting", "https://meet.example.org/kidney-forum"));
        assertThat(online.meeting().link()).isEqualTo("https://meet.example.org/kidney-forum");
        assertThat(online.meeting().venue()).isNull();

        assertThatThrownBy(() -> meetings.schedule(forumId, new NewMeeting("No room", base.start(), base.end(),
                MeetingMode.IN_PERSON, " ", null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messages()).containsKey("venue"));
        assertThatThrownBy(() -> meetings.schedule(forumId, new NewMeeting("Backwards", base.start(),
                base.start().minusMinutes(5), MeetingMode.IN_PERSON, "Room 1", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.schedule(forumId, new NewMeeting("Yesterday", base.start().minusDays(3),
                base.end().minusDays(3), MeetingMode.IN_PERSON, "Room 1", null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void times_across_the_october_clock_change_keep_their_london_time() {
        signInAs("gp");
        // British Summer Time ends on 31 October 2027.
        LocalDateTime summer = LocalDateTime.of(2027, 10, 28, 10, 0);
        MeetingDetails meeting = meetings.schedule(forumId, new NewMeeting("Before the clocks go back", summer,
                summer.plusHours(1), MeetingMode.IN_PERSON, "Room 1", null));
        assertThat(meeting.meeting().start().toLocalDateTime()).isEqualTo(summer);
        assertThat(meeting.meeting().start().toInstant()).isEqualTo(summer.toInstant(ZoneOffset.ofHours(1)));

        LocalDateTime winter = summer.plusWeeks(1);
        MeetingDetails moved = meetings.reschedule(meeting.id(), meeting.version(), new NewMeeting(
                "After the clocks go back", winter, winter.plusHours(1), MeetingMode.IN_PERSON, "Room 1", null));
        assertThat(moved.meeting().start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(moved.meeting().end().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(moved.meeting().start().toInstant()).isEqualTo(winter.toInstant(ZoneOffset.UTC));
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'FORUM_MEETING' "
                + "and recipient_id = ? and title like 'Meeting moved%'", Long.class, personId("lnc"))).isEqualTo(1);

        assertThatThrownBy(() -> meetings.reschedule(meeting.id(), meeting.version(), new NewMeeting("Stale",
                winter, winter.plusHours(1), MeetingMode.IN_PERSON, "Room 1", null)))
                .as("moved since this person opened it").isInstanceOf(InvalidInputException.class);

        MeetingDetails cancelled = meetings.cancel(meeting.id(), "The room is closed for works.");
        assertThat(cancelled.meeting().status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelledReason()).isEqualTo("The room is closed for works.");
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'FORUM_MEETING' "
                + "and recipient_id = ? and title like 'Meeting cancelled%'", Long.class, personId("patient")))
                .isEqualTo(1);
    }

    @Test
    void the_agenda_starts_with_the_proposal_awaiting_sign_off_and_takes_threads_members_raise() {
        signInAs("gp");
        ProposalDetails proposal = proposals.open(pathway.workspaceId(), "Yearly eGFR for everyone over 60.",
                PortalTime.today(clock).plusDays(14));
        MeetingDetails meeting = meetings.schedule(forumId, tomorrowAtTen("Kidney design forum"));
        assertThat(meeting.agenda()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(AgendaItemKind.PROPOSAL);
            assertThat(item.proposalId()).isEqualTo(proposal.id());
            assertThat(item.text()).contains("Yearly eGFR");
        });

        signInAs("patient");
        long thread = forums.startThread(forumId, new NewThread("Waiting for blood results",
                "Nobody told me who would ring with the results.", null)).threadId();
        MeetingSummary raisedAt = meetings.raiseThread(thread);
        assertThat(raisedAt.id()).isEqualTo(meeting.id());
        meetings.raiseThread(thread);

        signInAs("gp");
        MeetingDetails withFree = meetings.addAgendaItem(meeting.id(), "Any other business");
        assertThat(withFree.agenda()).extracting(AgendaItem::kind)
                .containsExactly(AgendaItemKind.PROPOSAL, AgendaItemKind.THREAD, AgendaItemKind.FREE);
        assertThat(withFree.agenda().get(1).threadId()).isEqualTo(thread);
        assertThat(withFree.agenda().get(1).raisedBy()).isEqualTo("Margaret Hill");

        long aob = withFree.agenda().get(2).id();
        MeetingDetails reordered = meetings.moveAgendaItem(meeting.id(), aob, 0);
        assertThat(reordered.agenda()).extracting(AgendaItem::text).first().isEqualTo("Any other business");
        assertThat(reordered.agenda()).extracting(AgendaItem::position).containsExactly(0, 1, 2);

        assertThatThrownBy(() -> meetings.addAgendaItem(meeting.id(), "Mr Patel, NHS number " + NHS_NUMBER))
                .isInstanceOf(IdentifiersFoundException.class);
        signInAs("patient");
        assertThatThrownBy(() -> meetings.addAgendaItem(meeting.id(), "My item"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void raising_a_thread_needs_a_meeting_to_come() {
        signInAs("patient");
        long thread = forums.startThread(forumId, new NewThread("Transport to clinic", "The bus is hourly.", null))
                .threadId();
        assertThatThrownBy(() -> meetings.raiseThread(thread)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("No meeting");
    }

    @Test
    void attendance_is_recorded_by_setting_and_body_and_offers_members_their_time_after_the_commit() {
        signInAs("gp");
        MeetingDetails scheduled = meetings.schedule(forumId, tomorrowAtTen("Kidney design forum"));
        assertThatThrownBy(() -> meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("lmc"), null,
                CareSetting.PRIMARY, RepresentativeBody.LMC, 60))).as("not begun yet")
                .isInstanceOf(InvalidInputException.class);
        afterTheMeeting(scheduled);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("lmc"), null, CareSetting.PRIMARY,
                    RepresentativeBody.LMC, 90));
            assertThat(offered.published).as("published inside the transaction").hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(offered.events).as("nothing offered for attendance that was rolled back").isEmpty();
        assertThat(meetings.meeting(scheduled.id()).attendance()).isEmpty();

        meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("lmc"), null, CareSetting.PRIMARY,
                RepresentativeBody.LMC, 90));
        meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("lnc"), null, CareSetting.SECONDARY,
                RepresentativeBody.LNC, 60));
        meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("patient"), null, null,
                RepresentativeBody.PATIENT_GROUP, 90));
        MeetingDetails meeting = meetings.recordAttendance(scheduled.id(), new NewAttendance(null,
                "Sue Grant (practice manager)", CareSetting.PRIMARY, RepresentativeBody.NONE, 45));

        assertThat(meeting.attendance()).extracting(Attendee::name).containsExactly("Dr Aisha Khan", "Dr Ben Carter",
                "Margaret Hill", "Sue Grant (practice manager)");
        assertThat(meeting.balance()).containsExactly(
                new SettingBalance(CareSetting.PRIMARY, "Primary care", 2, 135),
                new SettingBalance(CareSetting.SECONDARY, "Secondary care", 1, 60),
                new SettingBalance(null, "No care setting", 1, 90));

        assertThat(offered.events).as("members only, not the guest").hasSize(3);
        ProtectedTimeOffered lmc = offered.events.getFirst();
        assertThat(lmc.personId()).isEqualTo(personId("lmc"));
        assertThat(lmc.minutes()).isEqualTo(90);
        assertThat(lmc.start()).isEqualTo(meeting.meeting().start().toInstant());
        assertThat(lmc.activity()).isEqualTo(ForumMeetings.PROTECTED_TIME_ACTIVITY);
        assertThat(lmc.sourceRoute()).isEqualTo("forums/meetings/" + meeting.id());

        assertThatThrownBy(() -> meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("consultant"),
                null, CareSetting.SECONDARY, RepresentativeBody.NONE, 30))).as("not a member")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("nurse"),
                null, CareSetting.COMMUNITY, RepresentativeBody.COMMUNITY_PROVIDER, 200))).as("longer than the meeting")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(scheduled.id(), new NewAttendance(personId("nurse"),
                "Also a guest", CareSetting.COMMUNITY, RepresentativeBody.NONE, 20))).as("a member or a guest")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void actions_have_an_owner_who_is_told_and_who_can_mark_them_done() {
        signInAs("gp");
        MeetingDetails meeting = meetings.schedule(forumId, tomorrowAtTen("Kidney design forum"));
        MeetingDetails withAction = meetings.recordAction(meeting.id(), new NewAction(
                "Ask the lab whether eGFR can be reported with the trend.", personId("nurse"),
                PortalTime.today(clock).plusDays(30)));
        ActionDetails action = withAction.actions().getFirst();
        assertThat(action.ownerName()).isEqualTo("Jo Williams");
        assertThat(action.done()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'FORUM_MEETING' "
                + "and recipient_id = ? and title like 'Action for you%'", Long.class, personId("nurse"))).isEqualTo(1);

        signInAs("pharmacist");
        assertThatThrownBy(() -> meetings.markActionDone(meeting.id(), action.id(), true))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("nurse");
        assertThat(meetings.markActionDone(meeting.id(), action.id(), true).actions().getFirst().done()).isTrue();
        signInAs("gp");
        assertThatThrownBy(() -> meetings.recordAction(meeting.id(), new NewAction("Visit a patient",
                personId("consultant"), PortalTime.today(clock)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_decision_that_changes_the_pathway_opens_a_proposal_and_only_convenors_may_send_one() {
        signInAs("gp");
        MeetingDetails meeting = meetings.schedule(forumId, tomorrowAtTen("Kidney design forum"));
        signInAs("nurse");
        assertThatThrownBy(() -> meetings.recordDecision(meeting.id(), new NewDecision(
                "Repeat the eGFR within three months when it falls.", true)))
                .isInstanceOf(AccessDeniedException.class).hasMessage(ForumMeetings.NOT_CONVENOR);
        MeetingDetails plain = meetings.recordDecision(meeting.id(), new NewDecision(
                "The forum meets every two months.", false));
        assertThat(plain.decisions().getFirst().proposalId()).isNull();

        signInAs("gp");
        assertThat(proposals.openProposal(pathway.workspaceId())).isEmpty();
        MeetingDetails decided = meetings.recordDecision(meeting.id(), new NewDecision(
                "Repeat the eGFR within three months when it falls.", true));
        DecisionDetails decision = decided.decisions().get(1);
        ProposalDetails opened = proposals.openProposal(pathway.workspaceId()).orElseThrow();
        assertThat(decision.proposalId()).isEqualTo(opened.id());
        assertThat(decision.proposalOpened()).isTrue();
        assertThat(opened.summary()).contains("forums/meetings/" + meeting.id())
                .contains("Repeat the eGFR within three months");

        MeetingDetails again = meetings.recordDecision(meeting.id(), new NewDecision(
                "Name who repeats the bloods on every discharge letter.", true));
        assertThat(again.decisions().get(2).proposalId()).as("added to the open proposal").isEqualTo(opened.id());
        assertThat(again.decisions().get(2).proposalOpened()).isFalse();
    }

    @Test
    void minutes_go_to_the_forum_as_a_thread_then_as_replies_with_peoples_words_kept_as_plain_text() {
        signInAs("patient");
        long raised = forums.startThread(forumId, new NewThread("Ring Mrs Jones on " + NHS_NUMBER,
                "Please talk about how results are given.", null)).threadId();
        signInAs("gp");
        MeetingDetails meeting = meetings.schedule(forumId, tomorrowAtTen("Kidney *design* forum"));
        signInAs("patient");
        meetings.raiseThread(raised);
        signInAs("gp");
        meetings.addAgendaItem(meeting.id(), "# Not a heading\n- not a list [link](javascript:alert(1)) <script>x</script>");
        afterTheMeeting(meeting);
        meetings.recordAttendance(meeting.id(), new NewAttendance(null, "**Sue** | Grant", CareSetting.PRIMARY,
                RepresentativeBody.NONE, 60));
        meetings.recordAttendance(meeting.id(), new NewAttendance(personId("lmc"), null, CareSetting.PRIMARY,
                RepresentativeBody.LMC, 90));
        meetings.recordDecision(meeting.id(), new NewDecision("Results are given by whoever asked for the test.", false));
        meetings.recordAction(meeting.id(), new NewAction("Write to the practices.", personId("nurse"),
                PortalTime.today(clock).plusDays(14)));

        assertThatThrownBy(() -> meetings.publishMinutes(meeting.id())).as("the raised thread's title names a patient")
                .isInstanceOf(IdentifiersFoundException.class)
                .satisfies(e -> assertThat(((IdentifiersFoundException) e).findingsByField()).containsOnlyKeys(
                        "agenda item 1"));
        assertThat(meetings.meeting(meeting.id()).minutesThreadId()).as("nothing published").isNull();
        long raisedItem = meetings.meeting(meeting.id()).agenda().getFirst().id();
        meetings.removeAgendaItem(meeting.id(), raisedItem);
        offered.posts.clear();

        long thread = meetings.publishMinutes(meeting.id());
        ThreadDetails details = forums.thread(thread);
        assertThat(details.title()).startsWith("Minutes: Kidney *design* forum");
        PostDetails minutes = forums.posts(thread, 0, 10).getFirst();
        assertThat(minutes.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(minutes.html()).contains("<h3>Attendance</h3>", "Primary care: 2 people, 150 minutes",
                "Local medical committee (GPs): 1", "Results are given by whoever asked for the test.",
                "Jo Williams", "# Not a heading", "**Sue** | Grant", "Kidney *design* forum")
                .doesNotContain("<h1>", "<script", "<a ", "<em>design", "<strong>Sue");
        assertThat(offered.posts).singleElement().satisfies(event -> {
            assertThat(event.threadId()).isEqualTo(thread);
            assertThat(event.firstPost()).isTrue();
        });
        assertThat(meetings.meeting(meeting.id()).minutesThreadId()).isEqualTo(thread);
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'FORUM_MEETING' "
                + "and recipient_id = ? and title like 'Minutes published%'", Long.class, personId("patient")))
                .isEqualTo(1);

        meetings.recordDecision(meeting.id(), new NewDecision("A late correction.", false));
        assertThat(meetings.publishMinutes(meeting.id())).as("a reply in the same thread").isEqualTo(thread);
        assertThat(forums.countPosts(thread)).isEqualTo(2);
        assertThat(forums.posts(thread, 1, 1).getFirst().body()).contains("A late correction");

        signInAs("patient");
        assertThatThrownBy(() -> meetings.publishMinutes(meeting.id())).isInstanceOf(AccessDeniedException.class);
        ForumSummary forum = forums.forum(forumId);
        assertThat(forum.threadCount()).isGreaterThanOrEqualTo(1);
    }

    /** Hears what the meetings publish, as the QI module's ledger will: after the commit. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Listeners {

        @Bean
        OfferedTime offeredTime() {
            return new OfferedTime();
        }
    }

    static class OfferedTime {

        final List<ProtectedTimeOffered> events = new CopyOnWriteArrayList<>();
        final List<ProtectedTimeOffered> published = new CopyOnWriteArrayList<>();
        final List<PostPublished> posts = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void afterCommit(ProtectedTimeOffered event) {
            events.add(event);
        }

        @org.springframework.context.event.EventListener
        void whenPublished(ProtectedTimeOffered event) {
            published.add(event);
        }

        @TransactionalEventListener
        void postPublished(PostPublished event) {
            posts.add(event);
        }
    }
}
