package org.joinedup.platform.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A closed subscription hears nothing more, not even the events already queued for it. */
class InProcessCollaborationBusTest {

    private final InProcessCollaborationBus bus = new InProcessCollaborationBus();

    @AfterEach
    void stop() {
        bus.stop();
    }

    @Test
    void events_queued_for_a_subscription_are_dropped_when_it_closes() throws InterruptedException {
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch handled = new CountDownLatch(1);
        CollaborationBus.Subscription subscription = bus.subscribe(7, event -> {
            heard.add(event.message());
            busy.countDown();
            awaitQuietly(release);
            handled.countDown();
        });
        List<String> other = new CopyOnWriteArrayList<>();
        CountDownLatch otherHeardAll = new CountDownLatch(3);
        bus.subscribe(7, event -> {
            other.add(event.message());
            otherHeardAll.countDown();
        });

        bus.publish(event("first"));
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        bus.publish(event("second"));
        bus.publish(event("third"));
        subscription.close();
        release.countDown();

        assertThat(otherHeardAll.await(5, TimeUnit.SECONDS)).as("an open subscription hears everything").isTrue();
        assertThat(handled.await(5, TimeUnit.SECONDS)).isTrue();
        // Its delivery thread goes straight on to whatever is still queued; give it time to.
        Thread.sleep(500);
        assertThat(heard).as("the closed one heard only what it was handling").containsExactly("first");
        assertThat(other).containsExactly("first", "second", "third");
    }

    private static CollaborationEvent event(String message) {
        return new CollaborationEvent(7, CollaborationEvent.Kind.STEP_SAVED, 1L, java.util.List.of(), 2L, "Someone", message, Instant.now());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
