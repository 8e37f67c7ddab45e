package org.joinedup.pathway.internal;

import static org.joinedup.pathway.internal.WorkspaceChange.quoted;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to the draft's hand-overs; the hand-over is the subject. */
public sealed interface HandoverChange extends WorkspaceChange {

    long handoverId();

    @Override
    default Kind kind() {
        return Kind.HANDOVER_CHANGED;
    }

    @Override
    default Long subjectId() {
        return handoverId();
    }

    record HandoverAdded(long workspaceId, long handoverId, String fromTitle, CareSetting fromSetting, String toTitle,
            CareSetting toSetting) implements HandoverChange {
        public String action() { return "pathway.handover-added"; }
        public String auditText() {
            return "Added hand-over " + quoted(fromTitle) + " (" + fromSetting.label() + ") \u2192 " + quoted(toTitle)
                    + " (" + toSetting.label() + ")";
        }
        public String message() { return "added a hand-over from " + quoted(fromTitle); }
    }

    record HandoverSaved(long workspaceId, long handoverId, String fromTitle, String toTitle) implements HandoverChange {
        public String action() { return "pathway.handover-saved"; }
        public String auditText() { return "Saved hand-over " + quoted(fromTitle) + " \u2192 " + quoted(toTitle); }
        public String message() { return "saved the hand-over from " + quoted(fromTitle); }
    }

    record HandoverDeleted(long workspaceId, long handoverId, String key) implements HandoverChange {
        public String action() { return "pathway.handover-deleted"; }
        public String auditText() { return "Deleted hand-over " + key; }
        public String message() { return "deleted a hand-over"; }
    }
}
