package org.joinedup.portal.workspaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.springframework.stereotype.Component;

/**
 * Who has which workspace open right now, per browser tab, and which step each is editing.
 * A tab that stops saying it is there (a closed laptop, a killed browser: nothing tells the
 * server) drops out after {@link #EXPIRES_AFTER}; see decision 024. Held in memory on this
 * node: it changes nothing in the database, so it is told to the others straight through
 * the bus rather than after a transaction.
 */
@Component
class WorkspacePresence {

    /** How long a tab counts as here after it last said so; open pages say so every {@link PresencePoll#POLL_MS}. */
    static final Duration EXPIRES_AFTER = Duration.ofSeconds(15);

    /** One open tab: {@code stepId} is the step whose form it shows, or null. */
    record Visitor(String tabId, long personId, String name, Long stepId, Instant seen) {

        Visitor seenAt(Instant now, Long editing) {
            return new Visitor(tabId, personId, name, editing, now);
        }
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
                .put(tabId, new Visitor(tabId, personId, name, null, clock.instant()));
        tell(workspaceId, null, personId, name, "opened the workspace");
    }

    /** Records which step the tab is editing (null: none) and tells the others if that changed. */
    void editing(long workspaceId, String tabId, Long stepId) {
        Map<String, Visitor> visitors = byWorkspace.get(workspaceId);
        Visitor before = visitors == null ? null : visitors.get(tabId);
        if (before == null || Objects.equals(before.stepId(), stepId)) {
            return;
        }
        visitors.put(tabId, before.seenAt(clock.instant(), stepId));
        tell(workspaceId, stepId, before.personId(), before.name(),
                stepId == null ? "closed the step they were editing" : "is editing a step");
    }

    /**
     * The tab is still open: it counts as here for another {@link #EXPIRES_AFTER} (and comes
     * back if it had dropped out). Tabs not heard from for longer are dropped and the others told.
     */
    void stillHere(long workspaceId, String tabId, long personId, String name, Long stepId) {
        Map<String, Visitor> visitors = byWorkspace.get(workspaceId);
        Visitor before = visitors == null ? null : visitors.get(tabId);
        if (before == null) {
            enter(workspaceId, tabId, personId, name);
            editing(workspaceId, tabId, stepId);
        } else {
            visitors.put(tabId, before.seenAt(clock.instant(), before.stepId()));
        }
        expire(workspaceId);
    }

    void leave(long workspaceId, String tabId) {
        Map<String, Visitor> visitors = byWorkspace.get(workspaceId);
        Visitor gone = visitors == null ? null : visitors.remove(tabId);
        byWorkspace.computeIfPresent(workspaceId, (id, map) -> map.isEmpty() ? null : map);
        if (gone != null) {
            tell(workspaceId, null, gone.personId(), gone.name(), "left the workspace");
        }
    }

    /** Everyone with the workspace open, by name; tabs not heard from lately are left out. */
    List<Visitor> present(long workspaceId) {
        Instant cutoff = clock.instant().minus(EXPIRES_AFTER);
        return byWorkspace.getOrDefault(workspaceId, Map.of()).values().stream()
                .filter(visitor -> !visitor.seen().isBefore(cutoff))
                .sorted(Comparator.comparing(Visitor::name).thenComparing(Visitor::tabId))
                .toList();
    }

    private void expire(long workspaceId) {
        Instant cutoff = clock.instant().minus(EXPIRES_AFTER);
        List<String> silent = new ArrayList<>();
        byWorkspace.getOrDefault(workspaceId, Map.of()).forEach((tabId, visitor) -> {
            if (visitor.seen().isBefore(cutoff)) {
                silent.add(tabId);
            }
        });
        silent.forEach(tabId -> leave(workspaceId, tabId));
    }

    private void tell(long workspaceId, Long stepId, long personId, String name, String message) {
        bus.publish(new CollaborationEvent(workspaceId, Kind.PRESENCE_CHANGED, stepId, List.of(), personId, name,
                name + " " + message, clock.instant()));
    }
}
