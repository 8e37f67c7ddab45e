package org.joinedup.forums.interfaceissues;

/** Where the log's pages live, for links in pages, notifications and change proposals. */
public final class InterfaceIssueRoutes {

    public static final String LOG = "forums/interface-issues";
    /** The route parameter naming the issue. */
    public static final String ISSUE_PARAMETER = "issueId";
    /** The issue page's route template. */
    public static final String ISSUE_TEMPLATE = LOG + "/:" + ISSUE_PARAMETER + "([0-9]{1,18})";

    private InterfaceIssueRoutes() {
    }

    public static String issue(long issueId) {
        return LOG + "/" + issueId;
    }
}
