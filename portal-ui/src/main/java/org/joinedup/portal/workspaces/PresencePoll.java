package org.joinedup.portal.workspaces;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps one tab's presence true: it enters when the page is attached, leaves when it is
 * detached (Vaadin detaches a closed tab at once when the browser's unload beacon
 * arrives), and in between the browser polls every {@value #POLL_MS} ms, each poll saying
 * the tab is still here. A tab whose browser vanished without a word stops polling and
 * expires (decision 024).
 */
final class PresencePoll {

    static final int POLL_MS = 5000;

    private final WorkspacePresence presence;
    private final String tabId;
    private final long personId;
    private final String name;
    private UI ui;
    private Registration polling;
    private long workspaceId;
    private Long stepId;

    PresencePoll(WorkspacePresence presence, String tabId, long personId, String name) {
        this.presence = presence;
        this.tabId = tabId;
        this.personId = personId;
        this.name = name;
    }

    /** Call on attach. */
    void start(UI ui, long workspaceId, Long stepId) {
        stop();
        this.ui = ui;
        this.workspaceId = workspaceId;
        this.stepId = stepId;
        presence.enter(workspaceId, tabId, personId, name);
        presence.editing(workspaceId, tabId, stepId);
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(event -> presence.stillHere(workspaceId, tabId, personId, name, this.stepId));
    }

    /** The step this tab now edits; null for none. */
    void editing(Long stepId) {
        this.stepId = stepId;
        if (polling != null) {
            presence.editing(workspaceId, tabId, stepId);
        }
    }

    /** Everyone else with the workspace open: other people, not this person's other tabs. */
    List<WorkspacePresence.Visitor> others() {
        return presence.present(workspaceId).stream().filter(visitor -> visitor.personId() != personId).toList();
    }

    /** Call on detach. */
    void stop() {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
            presence.leave(workspaceId, tabId);
        }
    }
}
