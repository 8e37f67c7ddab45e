package org.joinedup.pathway.changes;

import java.time.Instant;
import java.util.List;

import org.joinedup.pathway.draft.SettingChange;

/**
 * One published version compared with the one before it (with nothing, for the first).
 *
 * @param forMySetting  the changes that mean something for the reader's care setting, step by step
 * @param otherChanges  how many further changes this version made that do not touch that setting
 */
public record VersionChanges(int number, Instant publishedAt, String summary, List<SettingChange> forMySetting,
        int otherChanges) {

    public VersionChanges {
        forMySetting = List.copyOf(forMySetting);
    }

    /** The route of this version's printable page, for a workspace. */
    public static String printRoute(long workspaceId, int number) {
        return "workspaces/" + workspaceId + "/versions/" + number + "/print";
    }
}
