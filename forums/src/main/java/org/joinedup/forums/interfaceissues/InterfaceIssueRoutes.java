package org.joinedup.forums.interfaceissues;

/** Where the log's pages live, for links in pages, notifications and change proposals. */
public final class InterfaceIssueRoutes {

    public static final String LOG = "forums/interface-issues";

    private InterfaceIssueRoutes() {
    }

    public static String issue(long issueId) {
        return LOG + "/" + issueId;
    }
}
