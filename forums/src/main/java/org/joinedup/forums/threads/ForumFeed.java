package org.joinedup.forums.threads;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the pages that have a thread or a forum open that something in it changed, once the
 * change has committed. In-process, like the notification feed: on several nodes a
 * broker-backed feed takes this class's place and subscribers do not change.
 * <p>
 * Callbacks run on a virtual thread of their own with nobody signed in; a page only hands
 * the event to its UI ({@code ui.access}) and reloads through {@link ForumService}.
 */
@Component
public class ForumFeed implements DisposableBean {

    /** Ends a subscription; ending it twice does no harm. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }

    private static final Logger log = LoggerFactory.getLogger(ForumFeed.class);

    private static final class Subscription {
        private final Consumer<ThreadChanged> listener;
        private volatile boolean removed;

        Subscription(Consumer<ThreadChanged> listener) {
            this.listener = listener;
        }
    }

    private final Map<Long, Set<Subscription>> byThread = new ConcurrentHashMap<>();
    private final Map<Long, Set<Subscription>> byForum = new ConcurrentHashMap<>();
    private final ExecutorService callbacks = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("forum-feed-", 0).factory());

    /** Calls {@code listener} after each committed change in this thread, until removed. */
    public Registration subscribeThread(long threadId, Consumer<ThreadChanged> listener) {
        return subscribe(byThread, threadId, listener);
    }

    /** Calls {@code listener} after each committed change in any thread of this forum, until removed. */
    public Registration subscribeForum(long forumId, Consumer<ThreadChanged> listener) {
        return subscribe(byForum, forumId, listener);
    }

    /** How many pages watch this thread now. */
    public int threadSubscriberCount(long threadId) {
        Set<Subscription> set = byThread.get(threadId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(ThreadChanged event) {
        announce(event);
    }

    /** Calls every subscription watching the event's thread or forum, each on its own thread. */
    protected void announce(ThreadChanged event) {
        tell(byThread.get(event.threadId()), event);
        tell(byForum.get(event.forumId()), event);
    }

    private void tell(Set<Subscription> set, ThreadChanged event) {
        if (set == null) {
            return;
        }
        try {
            for (Subscription subscription : Set.copyOf(set)) {
                callbacks.execute(() -> {
                    if (subscription.removed) {
                        return;
                    }
                    try {
                        subscription.listener.accept(event);
                    } catch (RuntimeException e) {
                        log.warn("A page watching thread {} failed to update", event.threadId(), e);
                    }
                });
            }
        } catch (RejectedExecutionException e) {
            log.debug("The portal is stopping; pages watching thread {} are not told", event.threadId());
        }
    }

    private static Registration subscribe(Map<Long, Set<Subscription>> map, long key, Consumer<ThreadChanged> listener) {
        Subscription subscription = new Subscription(listener);
        map.compute(key, (id, current) -> {
            Set<Subscription> set = current == null ? ConcurrentHashMap.newKeySet() : current;
            set.add(subscription);
            return set;
        });
        return () -> {
            subscription.removed = true;
            map.computeIfPresent(key, (id, current) -> {
                current.remove(subscription);
                return current.isEmpty() ? null : current;
            });
        };
    }

    @Override
    public void destroy() {
        callbacks.shutdownNow();
    }
}
