package org.joinedup.pathway.notices;

import java.util.List;

/**
 * A workspace's urgent notices, newest first, with what the reader may do with them and the
 * published steps a notice may be about.
 *
 * @param mayDraft convenors draft, withdraw and answer whether a notice is still needed
 * @param mayAgree the clinical lead and setting representatives who may sign agree
 */
public record NoticeBoard(long workspaceId, String workspaceTitle, boolean mayDraft, boolean mayAgree,
        List<NoticeDetails> notices, List<StepChoice> steps) {

    public NoticeBoard {
        notices = List.copyOf(notices);
        steps = List.copyOf(steps);
    }

    /** A step of the latest published version. */
    public record StepChoice(String key, String title) {
    }
}
