package org.joinedup.forums.threads;

/** Where forum pages live, for links in pages, notifications and mail. */
public final class ForumRoutes {

    public static final String FORUMS = "forums";

    private ForumRoutes() {
    }

    public static String forum(long forumId) {
        return FORUMS + "/" + forumId;
    }

    public static String workspaceForum(long workspaceId) {
        return FORUMS + "/workspace/" + workspaceId;
    }

    public static String thread(long threadId) {
        return FORUMS + "/threads/" + threadId;
    }

    /** A post within its thread: the thread page opens at it. */
    public static String post(long threadId, long postId) {
        return thread(threadId) + "?post=" + postId;
    }
}
