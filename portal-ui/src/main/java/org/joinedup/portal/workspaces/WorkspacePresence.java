package org.joinedup.portal.workspaces;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.springframework.stereotype.Component;

/**
 * Who has which workspace open right now, per browser tab, and which step each is editing.
 * Held in memory on this node: it changes nothing in the database, so it is told to the
 * others straight through the bus rather than after a transaction.
 */
@Component
class WorkspacePresence {

    /** One open tab: {@code stepId} is the step whose form it shows, or null. */
    record Visitor(String tabId, long personId, String name, Long stepId) {
    }

    private final Map<Long, Map<String, Visitor>> byWorkspace = new ConcurrentHashMap<>();
    private final CollaborationBus bus;
    private final Clock clock;

    WorkspacePresence(CollaborationBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    void enter(long workspaceId, String tabId, long personId, String name) {
        byWorkspace.computeIfAbsent(workspaceId, id -> new ConcurrentHashMap<>())
                .put(tabId, new Visitor(tabId, personId, name, null));
        tell(workspaceId, null, personId, name, "opened the workspace");
    }

    /** Records which step the tab is editing (null: none) and tells the others if that changed. */
    void editing(long workspaceId, String tabId, Long stepId) {
        Map<String, Visitor> visitors = byWorkspace.get(workspaceId);
        if (visitors == null) {
            return;
        }
        Visitor before = visitors.get(tabId);
        if (before == null || java.util.Objects.equals(before.stepId(), stepId)) {
            return;
        }
        visitors.put(tabId, new Visitor(tabId, before.personId(), before.name(), stepId));
        tell(workspaceId, stepId, before.personId(), before.name(),
                stepId == null ? "closed the step they were editing" : "is editing a step");
    }

    void leave(long workspaceId, String tabId) {
        Visitor gone = null;
        Map<String, Visitor> visitors = byWorkspace.get(workspaceId);
        if (visitors != null) {
            gone = visitors.remove(tabId);
            byWorkspace.computeIfPresent(workspaceId, (id, map) -> map.isEmpty() ? null : map);
        }
        if (gone != null) {
            tell(workspaceId, null, gone.personId(), gone.name(), "left the workspace");
        }
    }

    /** Everyone with the workspace open, by name. */
    List<Visitor> present(long workspaceId) {
        return byWorkspace.getOrDefault(workspaceId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Visitor::name).thenComparing(Visitor::tabId))
                .toList();
    }

    private void tell(long workspaceId, Long stepId, long personId, String name, String message) {
        bus.publish(new CollaborationEvent(workspaceId, Kind.PRESENCE_CHANGED, stepId, java.util.List.of(), personId, name,
                name + " " + message, clock.instant()));
    }
}
