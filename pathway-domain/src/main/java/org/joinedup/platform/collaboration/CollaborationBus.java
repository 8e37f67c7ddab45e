package org.joinedup.platform.collaboration;

import java.util.function.Consumer;

/**
 * Carries collaboration events to the people who have a workspace open. Each listener
 * receives a workspace's events in the order they were published, on a thread that is
 * not the publisher's and has no signed-in person: a Vaadin view hands the event to its
 * UI with {@code UI.access}.
 */
public interface CollaborationBus {

    void publish(CollaborationEvent event);

    /** Calls {@code listener} for every event of the workspace until the subscription is closed. */
    Subscription subscribe(long workspaceId, Consumer<CollaborationEvent> listener);

    /** Closing twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
