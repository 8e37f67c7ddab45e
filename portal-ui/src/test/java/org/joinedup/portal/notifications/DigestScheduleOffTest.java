package org.joinedup.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** With scheduling switched off, as tests run, the digest is not scheduled at all: a test calls the job itself. */
class DigestScheduleOffTest extends KaribuTest {

    @Autowired
    ObjectProvider<ScheduledTaskHolder> scheduled;

    @Value("${joinedup.scheduling.enabled}")
    boolean schedulingEnabled;

    @Test
    void with_scheduling_switched_off_the_digest_is_not_scheduled() {
        assertThat(schedulingEnabled).isFalse();
        assertThat(DigestScheduleTest.digestTasks(scheduled.stream().toList())).isEmpty();
    }
}
