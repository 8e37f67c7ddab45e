package org.joinedup.pathway.collaboration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The bus for one node: listeners are held in memory, per workspace. */
@Component
class InProcessCollaborationBus implements CollaborationBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessCollaborationBus.class);

    private final Map<Long, List<Consumer<CollaborationEvent>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(CollaborationEvent event) {
        for (Consumer<CollaborationEvent> listener : listeners.getOrDefault(event.workspaceId(), List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of workspace {} failed on {}", event.workspaceId(), event.kind(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(long workspaceId, Consumer<CollaborationEvent> listener) {
        listeners.compute(workspaceId, (id, list) -> {
            List<Consumer<CollaborationEvent>> subscribed = list == null ? new CopyOnWriteArrayList<>() : list;
            subscribed.add(listener);
            return subscribed;
        });
        return () -> listeners.computeIfPresent(workspaceId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    int listenerCount(long workspaceId) {
        return listeners.getOrDefault(workspaceId, List.of()).size();
    }
}
