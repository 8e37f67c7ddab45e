package org.joinedup.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.server.VaadinService;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.platform.notification.DailyDigest;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal as it runs outside tests, with scheduled jobs switched on and the digest's time
 * configured: the scheduler holds the digest at that time in London, summer and winter, and
 * the task it holds sends the digests when it fires; the portal's pages still work beside the
 * scheduler's threads. With scheduling switched off (as in every other test) nothing is
 * scheduled: see {@link DigestScheduleOffTest}.
 */
@TestPropertySource(properties = {"joinedup.scheduling.enabled=true", "joinedup.digest.cron=0 15 6 * * *"})
class DigestScheduleTest extends KaribuTest {

    @Autowired
    List<ScheduledTaskHolder> scheduled;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProposalService proposals;
    @Autowired
    Clock clock;

    @Test
    void the_digest_is_scheduled_at_the_configured_time_in_london() {
        CronTask digest = digestTask(scheduled);

        assertThat(digest.getExpression()).isEqualTo("0 15 6 * * *");
        // Winter: London is on GMT; summer: on BST, an hour ahead.
        assertThat(nextRunAfter(digest, "2026-11-23T14:00:00Z")).isEqualTo("2026-11-24T06:15:00Z");
        assertThat(nextRunAfter(digest, "2026-06-01T04:30:00Z")).isEqualTo("2026-06-01T05:15:00Z");
    }

    @Test
    void when_the_scheduled_task_fires_the_people_with_decisions_waiting_get_their_digest() {
        PathwayFixture fixture = new PathwayFixture(context);
        long workspaceId = fixture.workspace("Heart failure", "West Place");
        fixture.step(fixture.stage(workspaceId, "Diagnosis"), StepFields.titled("Echo", CareSetting.SECONDARY));
        DemoSignIn.as(users, PathwayFixture.CONVENOR);
        proposals.open(workspaceId, "First version for sign-off.", LocalDate.now(clock).plusDays(7));
        SecurityContextHolder.clearContext();
        long representative = fixture.personId(PathwayFixture.REPRESENTATIVES.get(CareSetting.SECONDARY));

        digestTask(scheduled).getRunnable().run();

        assertThat(digestsSentTo(representative)).isEqualTo(1);
    }

    @Test
    void pages_open_with_the_scheduler_running() {
        signInAs("gp");
        navigateTo("notifications");

        assertThat(currentView()).isEqualTo(NotificationsView.class);
        assertThat(VaadinService.getCurrent().getExecutor()).isNotNull();
    }

    private long digestsSentTo(long personId) {
        return jdbc.queryForObject("select count(*) from notification where kind = 'DIGEST' and recipient_id = ?",
                Long.class, personId);
    }

    /** The digest's task among everything the scheduler holds; a scheduled method's task is named after it. */
    static CronTask digestTask(List<ScheduledTaskHolder> scheduled) {
        return digestTasks(scheduled).stream().findFirst()
                .orElseThrow(() -> new AssertionError("The daily digest is not scheduled"));
    }

    static List<CronTask> digestTasks(List<ScheduledTaskHolder> scheduled) {
        return scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance).map(CronTask.class::cast)
                .filter(task -> task.toString().equals(DailyDigest.class.getName() + ".run"))
                .toList();
    }

    private static Instant nextRunAfter(CronTask task, String instant) {
        return task.getTrigger().nextExecution(new SimpleTriggerContext(
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
    }
}
