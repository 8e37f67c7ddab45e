package org.joinedup.pathway.notices;

import org.joinedup.pathway.workspace.WorkspaceLimits;

/** Field sizes shared by the entity, the form and (by comment) the migration, and how far back readers count. */
public final class NoticeLimits {

    public static final int TITLE_MAX = WorkspaceLimits.TITLE_MAX;
    /** The notice's text, in Markdown. Stored as TEXT. */
    public static final int BODY_MAX = 4_000;
    /** People who opened the published pathway within this many days hear of a new notice. */
    public static final int RECENT_READER_DAYS = 90;

    private NoticeLimits() {
    }
}
