package org.joinedup.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.server.VaadinService;
import org.joinedup.platform.notification.DailyDigest;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal as it runs outside tests, with scheduled jobs switched on: the digest is
 * planned for 07:00 London time, summer and winter, and the portal's pages still work
 * beside the scheduler's threads.
 */
@TestPropertySource(properties = "joinedup.scheduling.enabled=true")
class DigestScheduleTest extends KaribuTest {

    @Autowired
    List<ScheduledTaskHolder> scheduled;

    @Test
    void the_digest_runs_every_morning_at_seven_london_time() {
        CronTask digest = scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance).map(CronTask.class::cast)
                // A scheduled method's task is named after it.
                .filter(task -> task.toString().equals(DailyDigest.class.getName() + ".run"))
                .findFirst().orElseThrow(() -> new AssertionError("The daily digest is not scheduled"));

        assertThat(digest.getExpression()).isEqualTo("0 0 7 * * *");
        assertThat(nextRunAfter(digest, "2026-11-23T14:00:00Z")).isEqualTo("2026-11-24T07:00:00Z");
        assertThat(nextRunAfter(digest, "2026-06-01T05:30:00Z")).isEqualTo("2026-06-01T06:00:00Z");
    }

    @Test
    void pages_open_with_the_scheduler_running() {
        signInAs("gp");
        navigateTo("notifications");

        assertThat(currentView()).isEqualTo(NotificationsView.class);
        assertThat(VaadinService.getCurrent().getExecutor()).isNotNull();
    }

    private static Instant nextRunAfter(CronTask task, String instant) {
        return task.getTrigger().nextExecution(new SimpleTriggerContext(
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
    }
}
