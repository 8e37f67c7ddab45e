package org.joinedup.platform.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells whoever is watching a person's notifications (their open portal pages) that they
 * changed, once the change has committed; a rolled-back change is never announced.
 * <p>
 * In-process: it reaches the pages open on this node. When the portal runs on several
 * nodes, a broker-backed feed replaces this class: it forwards each committed
 * {@link NotificationsChanged} to the broker and calls {@link #announce} on every node that
 * receives it; subscribers do not change.
 * <p>
 * Callbacks run on a thread of their own, with nobody signed in, never on the thread of the
 * transaction that committed, so a slow page cannot hold up the sender and nothing of the
 * sender's security context reaches the watcher. They should only hand the work over
 * (a Vaadin page calls {@code ui.access}).
 */
@Component
public class NotificationFeed implements DisposableBean {

    /** Ends a subscription; ending it twice does no harm. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }

    private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);

    /** Each subscription is its own object, so one callback subscribed twice is two subscriptions. */
    private static final class Subscription {
        private final Runnable onChange;
        /** A change announced just before removal is not passed on after it. */
        private volatile boolean removed;

        Subscription(Runnable onChange) {
            this.onChange = onChange;
        }
    }

    private final Map<Long, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();
    private final ExecutorService callbacks = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("notification-feed-", 0).factory());

    /** Calls {@code onChange} after each committed change to this person's notifications, until removed. */
    public Registration subscribe(long personId, Runnable onChange) {
        Subscription subscription = new Subscription(onChange);
        subscriptions.compute(personId, (id, current) -> {
            Set<Subscription> set = current == null ? ConcurrentHashMap.newKeySet() : current;
            set.add(subscription);
            return set;
        });
        return () -> {
            subscription.removed = true;
            subscriptions.computeIfPresent(personId, (id, current) -> {
                current.remove(subscription);
                return current.isEmpty() ? null : current;
            });
        };
    }

    /** How many subscriptions watch this person now: none once every page has gone. */
    public int subscriberCount(long personId) {
        Set<Subscription> set = subscriptions.get(personId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(NotificationsChanged event) {
        announce(event.personId());
    }

    /** Calls every subscription watching this person, each on its own thread. */
    protected void announce(long personId) {
        Set<Subscription> set = subscriptions.get(personId);
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
                        subscription.onChange.run();
                    } catch (RuntimeException e) {
                        log.warn("A page watching the notifications of person {} failed to update", personId, e);
                    }
                });
            }
        } catch (RejectedExecutionException e) {
            log.debug("The portal is stopping; pages of person {} are not told of the change", personId);
        }
    }

    @Override
    public void destroy() {
        callbacks.shutdownNow();
    }
}
