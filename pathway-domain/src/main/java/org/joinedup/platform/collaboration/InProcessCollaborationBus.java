package org.joinedup.platform.collaboration;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bus for one node. Each subscription gets events in the order they were published,
 * on a virtual thread of its own, so a slow listener (a browser tab reloading a large
 * pathway) delays neither the person who saved nor the other listeners.
 */
@Component
class InProcessCollaborationBus implements CollaborationBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessCollaborationBus.class);

    private final Map<Long, Set<Delivery>> subscriptions = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public void publish(CollaborationEvent event) {
        for (Delivery delivery : subscriptions.getOrDefault(event.workspaceId(), Set.of())) {
            delivery.offer(event);
        }
    }

    @Override
    public Subscription subscribe(long workspaceId, Consumer<CollaborationEvent> listener) {
        Delivery delivery = new Delivery(workspaceId, listener);
        subscriptions.compute(workspaceId, (id, set) -> {
            Set<Delivery> subscribed = set == null ? ConcurrentHashMap.newKeySet() : set;
            subscribed.add(delivery);
            return subscribed;
        });
        return () -> {
            delivery.close();
            subscriptions.computeIfPresent(workspaceId, (id, set) -> {
                set.remove(delivery);
                return set.isEmpty() ? null : set;
            });
        };
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** One listener's queue: drained by at most one thread at a time, so its events stay in order. */
    private final class Delivery {

        private final long workspaceId;
        private final Consumer<CollaborationEvent> listener;
        private final Queue<CollaborationEvent> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();
        /** Once closed, events still queued are dropped: a closed subscription hears nothing more. */
        private volatile boolean closed;

        Delivery(long workspaceId, Consumer<CollaborationEvent> listener) {
            this.workspaceId = workspaceId;
            this.listener = listener;
        }

        void close() {
            closed = true;
            queue.clear();
        }

        void offer(CollaborationEvent event) {
            if (closed) {
                return;
            }
            queue.add(event);
            if (draining.compareAndSet(false, true)) {
                threads.execute(this::drain);
            }
        }

        private void drain() {
            do {
                CollaborationEvent event;
                while (!closed && (event = queue.poll()) != null) {
                    try {
                        listener.accept(event);
                    } catch (RuntimeException e) {
                        log.warn("A listener of workspace {} failed on {}", workspaceId, event.kind(), e);
                    }
                }
                draining.set(false);
            } while (!closed && !queue.isEmpty() && draining.compareAndSet(false, true));
        }
    }
}
