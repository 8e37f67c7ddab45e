package org.joinedup.portal;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * With {@code JOINEDUP_STARTUP_TIMELINE=true} in the environment, logs where the seconds of
 * a start went once the portal serves: Spring's own start-up steps (each bean created,
 * each phase of the context), slowest first. Off by default: recording costs a little.
 * docs/start-up-and-build-times.md says how the figures there were taken with it.
 */
final class StartupTimeline implements ApplicationListener<AvailabilityChangeEvent<?>> {

    private static final Logger log = LoggerFactory.getLogger(StartupTimeline.class);
    private static final String SWITCH = "JOINEDUP_STARTUP_TIMELINE";
    private static final int CAPACITY = 20_000;
    private static final int SHOWN = 30;
    private static final Duration NOT_WORTH_SHOWING = Duration.ofMillis(50);

    private final BufferingApplicationStartup recording;

    private StartupTimeline(BufferingApplicationStartup recording) {
        this.recording = recording;
    }

    /** Records the start of {@code application} when the environment asks for it. */
    static void recordIfAsked(SpringApplication application) {
        if (!Boolean.parseBoolean(System.getenv(SWITCH))) {
            return;
        }
        BufferingApplicationStartup recording = new BufferingApplicationStartup(CAPACITY);
        application.setApplicationStartup(recording);
        application.addListeners(new StartupTimeline(recording));
    }

    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        List<TimelineEvent> slowest = recording.getBufferedTimeline().getEvents().stream()
                .filter(step -> step.getDuration().compareTo(NOT_WORTH_SHOWING) >= 0)
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(SHOWN)
                .toList();
        log.info("Start-up steps of {} ms or more, slowest first (a step includes the steps it started):\n{}",
                NOT_WORTH_SHOWING.toMillis(), slowest.stream().map(StartupTimeline::line)
                        .collect(Collectors.joining("\n")));
    }

    private static String line(TimelineEvent step) {
        String tags = StreamSupport.stream(step.getStartupStep().getTags().spliterator(), false)
                .map(StartupTimeline::tag)
                .collect(Collectors.joining(" "));
        return String.format("  %6d ms  %s %s", step.getDuration().toMillis(), step.getStartupStep().getName(), tags);
    }

    private static String tag(StartupStep.Tag tag) {
        return tag.getKey() + "=" + tag.getValue();
    }
}
