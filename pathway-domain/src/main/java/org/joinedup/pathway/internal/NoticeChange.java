package org.joinedup.pathway.internal;

import static org.joinedup.pathway.internal.WorkspaceChange.quoted;

import java.time.LocalDate;

import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to an urgent notice; the notice is the subject. */
public sealed interface NoticeChange extends WorkspaceChange {

    long noticeId();

    @Override
    default Kind kind() {
        return Kind.NOTICES_CHANGED;
    }

    @Override
    default Long subjectId() {
        return noticeId();
    }

    /** {@code stepTitle}: the step it is about, null when it is about the whole pathway. */
    record NoticeDrafted(long workspaceId, long noticeId, String title, String stepTitle, boolean forPatients,
            LocalDate expiresOn) implements NoticeChange {
        public String action() { return "notice.drafted"; }
        public String auditText() {
            return "Drafted urgent notice " + quoted(title) + " on "
                    + (stepTitle == null ? "the whole pathway" : "step " + quoted(stepTitle))
                    + (forPatients ? ", for patients too" : ", for clinicians only") + "; shows until " + expiresOn;
        }
        public String message() { return "drafted the urgent notice " + quoted(title); }
    }

    /** {@code agreedAs}: the role in which it was agreed, e.g. "clinical lead". */
    record NoticePublished(long workspaceId, long noticeId, String title, String agreedAs) implements NoticeChange {
        public String action() { return "notice.published"; }
        public String auditText() { return "Published urgent notice " + quoted(title) + " with the agreement of the " + agreedAs; }
        public String message() { return "agreed to the urgent notice " + quoted(title) + ", which is now published"; }
    }

    record NoticeWithdrawn(long workspaceId, long noticeId, String title, boolean wasPublished) implements NoticeChange {
        public String action() { return "notice.withdrawn"; }
        public String auditText() {
            return "Withdrew urgent notice " + quoted(title) + (wasPublished ? " (it was published)" : " (before agreement)");
        }
        public String message() { return "withdrew the urgent notice " + quoted(title); }
    }

    record NoticeCoverageAsked(long workspaceId, long noticeId, String title, int versionNumber) implements NoticeChange {
        public String action() { return "notice.coverage-asked"; }
        public String auditText() {
            return "Asked the convenors whether version " + versionNumber + " covers urgent notice " + quoted(title);
        }
        public String message() { return "published version " + versionNumber + ": is the urgent notice " + quoted(title) + " still needed?"; }
    }

    record NoticeRetired(long workspaceId, long noticeId, String title, int versionNumber) implements NoticeChange {
        public String action() { return "notice.retired"; }
        public String auditText() { return "Retired urgent notice " + quoted(title) + ": version " + versionNumber + " covers it"; }
        public String message() { return "retired the urgent notice " + quoted(title) + ": version " + versionNumber + " covers it"; }
    }

    record NoticeKept(long workspaceId, long noticeId, String title, int versionNumber) implements NoticeChange {
        public String action() { return "notice.kept"; }
        public String auditText() { return "Kept urgent notice " + quoted(title) + ": still needed after version " + versionNumber; }
        public String message() { return "kept the urgent notice " + quoted(title) + ": still needed after version " + versionNumber; }
    }
}
