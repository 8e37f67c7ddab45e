package org.joinedup.pathway.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.platform.notification.DailyDigest;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationItem;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/** Who hears of what in a workspace: sign-off requests, mentions, objections, publications, reminders and the digest. */
@JoinedUpTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@Import(MovableClock.Configuration.class)
class WorkspaceNotificationsTest extends KidneyPathwayTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 7);

    @Autowired
    NotificationCentre notifications;
    @Autowired
    DailyDigest digest;
    @Autowired
    WorkspaceReminders reminders;
    @Autowired
    MovableClock clock;

    @Test
    void representatives_are_asked_the_convenor_hears_of_objections_and_everyone_of_publication() {
        signInAs("gp");
        long id = proposals.open(pathway.workspaceId(), "First version", DEADLINE).id();

        assertThat(inbox("lmc")).extracting(NotificationItem::kind).containsExactly(NotificationKind.SIGN_OFF_REQUESTED);
        assertThat(inbox("lnc")).singleElement().satisfies(n -> {
            assertThat(n.title()).contains("Proposal 1").contains("needs your sign-off");
            assertThat(n.link()).isEqualTo("workspaces/" + pathway.workspaceId() + "/proposal");
        });
        assertThat(inbox("nurse")).as("editors are not asked to sign").isEmpty();

        signInAs("lnc");
        proposals.object(id, 1, CareSetting.SECONDARY, "Trigger too late");
        assertThat(inbox("gp")).extracting(NotificationItem::kind).containsExactly(NotificationKind.OBJECTION);

        signInAs("lnc");
        proposals.agree(id, 1, CareSetting.SECONDARY);
        signInAs("lmc");
        proposals.agree(id, 1, CareSetting.PRIMARY);
        signInAs("gp");
        proposals.publish(id);
        for (String member : List.of("gp", "lmc", "lnc", "nurse", "pharmacist", "patient")) {
            assertThat(inbox(member)).as(member).extracting(NotificationItem::kind).contains(NotificationKind.PUBLICATION);
        }
        assertThat(inbox("consultant")).as("not a member").isEmpty();
    }

    @Test
    void a_mention_notifies_the_member_named() {
        signInAs("nurse");
        comments.addComment(pathway.gpStep(), "@Dr Ben Carter can practices code this?");

        assertThat(inbox("lmc")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(n.title()).isEqualTo("Jo Williams mentioned you on \u201cAnnual kidney check\u201d");
        });
        assertThat(inbox("lnc")).isEmpty();
    }

    @Test
    void the_daily_digest_lists_what_waits_on_each_person_in_one_message() {
        signInAs("gp");
        long id = proposals.open(pathway.workspaceId(), "First version", DEADLINE).id();
        signInAs("lmc");
        proposals.agree(id, 1, CareSetting.PRIMARY);
        DemoSignIn.nobody();

        digest.send();

        assertThat(inbox("lnc")).filteredOn(n -> n.kind() == NotificationKind.DIGEST).hasSize(1);
        assertThat(inbox("lmc")).as("primary care has decided").noneMatch(n -> n.kind() == NotificationKind.DIGEST);
        assertThat(inbox("gp")).as("the convenor waits; nothing to decide yet").noneMatch(n -> n.kind() == NotificationKind.DIGEST);

        signInAs("lnc");
        proposals.agree(id, 1, CareSetting.SECONDARY);
        DemoSignIn.nobody();
        clock.advance(Duration.ofDays(1));
        digest.send();
        assertThat(inbox("gp")).filteredOn(n -> n.kind() == NotificationKind.DIGEST).hasSize(1);
    }

    @Test
    void representatives_still_waited_on_are_reminded_once_a_day_near_the_deadline() {
        signInAs("gp");
        long id = proposals.open(pathway.workspaceId(), "First version", DEADLINE).id();
        signInAs("lmc");
        proposals.agree(id, 1, CareSetting.PRIMARY);
        DemoSignIn.nobody();

        reminders.remind();
        assertThat(reminders("lnc")).as("two weeks to go").isZero();

        clock.advance(Duration.ofDays(13));
        reminders.remind();
        reminders.remind();
        assertThat(reminders("lnc")).isEqualTo(1);
        assertThat(reminders("lmc")).as("already agreed").isZero();

        clock.advance(Duration.ofDays(1));
        reminders.remind();
        assertThat(reminders("lnc")).isEqualTo(2);
    }

    @Test
    void convenors_are_reminded_as_the_review_date_approaches_and_the_list_shows_it_overdue() {
        signInAs("gp");
        long id = proposals.open(pathway.workspaceId(), "First version", DEADLINE).id();
        agreeAndPublish(id);
        DemoSignIn.nobody();

        clock.advance(Duration.ofDays(365 + 300));
        reminders.remind();
        assertThat(inbox("gp")).noneMatch(n -> n.kind() == NotificationKind.REVIEW_DUE);

        clock.advance(Duration.ofDays(70));
        reminders.remind();
        reminders.remind();
        assertThat(inbox("gp")).filteredOn(n -> n.kind() == NotificationKind.REVIEW_DUE).hasSize(1);

        clock.advance(Duration.ofDays(60));
        signInAs("gp");
        assertThat(workspaces.myWorkspaces(0, 10)).singleElement().satisfies(w -> assertThat(w.reviewOverdue()).isTrue());
    }

    private List<NotificationItem> inbox(String who) {
        signInAs(who);
        try {
            return notifications.mine(0, 50);
        } finally {
            DemoSignIn.nobody();
        }
    }

    private long reminders(String who) {
        return inbox(who).stream().filter(n -> n.kind() == NotificationKind.REMINDER).count();
    }
}
