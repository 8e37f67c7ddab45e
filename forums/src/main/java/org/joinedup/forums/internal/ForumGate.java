package org.joinedup.forums.internal;

import java.util.List;

import org.joinedup.forums.threads.ForumAccessDeniedException;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceParticipants;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read and write in a forum, asked by every forum service before it answers.
 * <ul>
 * <li>A workspace's forum follows the workspace: its members, patient partners included, and
 * every clinician when the workspace is open to them.</li>
 * <li>Patient voice: patient partners and clinicians.</li>
 * <li>Interface issues: clinicians.</li>
 * <li>Moderators read every forum, because held and flagged posts anywhere wait for them;
 * administrators read the portal-wide forums.</li>
 * </ul>
 * Whoever may read a forum may write in it; a locked or hidden thread takes no replies.
 */
@Component
public class ForumGate {

    public static final String FORUM_GONE = "This forum does not exist.";
    public static final String THREAD_GONE = "This thread does not exist, or a moderator has removed it.";
    public static final String POST_GONE = "This post does not exist, or a moderator has removed it.";

    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final WorkspaceParticipants participants;

    public ForumGate(ForumRepository forums, ThreadRepository threads, WorkspaceParticipants participants) {
        this.forums = forums;
        this.threads = threads;
        this.participants = participants;
    }

    public ForumEntity requireRead(long forumId) {
        ForumEntity forum = forums.findById(forumId).orElseThrow(() -> new ForumItemGoneException(FORUM_GONE));
        if (!mayRead(forum)) {
            throw new ForumAccessDeniedException();
        }
        return forum;
    }

    /**
     * The thread, if the signed-in person may read it: a hidden thread only for moderators, one
     * whose first post waits for a moderator only for its author and moderators.
     */
    public ThreadEntity requireReadThread(long threadId) {
        ThreadEntity thread = threads.findById(threadId).orElseThrow(() -> new ForumItemGoneException(THREAD_GONE));
        requireRead(thread.forumId());
        if (thread.hidden() && !moderator()) {
            throw new ForumItemGoneException(THREAD_GONE);
        }
        // A thread none of whose posts was ever published is its author's and the moderators' alone, title included.
        if (thread.lastPostId() == null && thread.authorId() != CurrentPerson.id() && !moderator()) {
            throw new ForumItemGoneException(THREAD_GONE);
        }
        return thread;
    }

    public boolean mayRead(ForumEntity forum) {
        if (moderator()) {
            return true;
        }
        return switch (forum.kind()) {
            case PATIENT_VOICE -> signedInWith(Role.CLINICIAN) || signedInWith(Role.PATIENT_PARTNER)
                    || signedInWith(Role.ADMIN);
            case INTERFACE_ISSUES -> signedInWith(Role.CLINICIAN) || signedInWith(Role.ADMIN);
            case WORKSPACE -> readsWorkspace(forum.workspaceId());
        };
    }

    /**
     * Whether the signed-in person may use this workspace's forum: every member, patient
     * partners included (the forum is where they take part), and whoever may read the draft.
     */
    public boolean readsWorkspace(long workspaceId) {
        // Asked of a component that answers rather than refuses: a refusal from a transactional
        // service would mark the caller's whole transaction for rollback.
        long me = CurrentPerson.id();
        return participants.participantsAmong(workspaceId, List.of(me)).contains(me);
    }

    /**
     * Refuses, as the workspace itself refuses, someone who may not use the workspace's forum.
     */
    public void requireWorkspaceForum(long workspaceId) {
        if (!readsWorkspace(workspaceId)) {
            throw new WorkspaceAccessDeniedException("You cannot open this pathway's forum: it is for the workspace's "
                    + "members and, when the workspace is open to them, every clinician.");
        }
    }

    public static boolean moderator() {
        return signedInWith(Role.MODERATOR);
    }

    /** Moderators and administrators see patient partners' real names. */
    public static boolean seesRealNames() {
        return signedInWith(Role.MODERATOR) || signedInWith(Role.ADMIN);
    }

    public static void requireModerator() {
        if (!moderator()) {
            throw new ForumAccessDeniedException("Only moderators can do this.");
        }
    }

    public static boolean signedInWith(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }
}
