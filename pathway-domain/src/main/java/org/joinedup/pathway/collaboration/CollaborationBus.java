package org.joinedup.pathway.collaboration;

import java.util.function.Consumer;

/**
 * Carries collaboration events to the people who have a workspace open. Listeners are
 * called on the publisher's thread and must hand their work over quickly (a Vaadin view
 * uses {@code UI.access}).
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
