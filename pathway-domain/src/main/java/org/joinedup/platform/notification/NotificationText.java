package org.joinedup.platform.notification;

import java.util.regex.Pattern;

/** How titles and links are checked before they are stored, for notifications and digests alike. */
final class NotificationText {

    private static final String ELLIPSIS = "\u2026";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * A route inside the portal, such as {@code workspaces/12/proposal}, optionally with a
     * query or fragment. No scheme, host or leading slash, so a stored link can never send
     * anyone off the portal.
     */
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~/%=&?#+,-]*");

    private NotificationText() {
    }

    /** One line, cut to {@link NotificationLimits#TITLE} characters with an ellipsis when longer. */
    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title");
        }
        String line = WHITESPACE.matcher(title.strip()).replaceAll(" ");
        if (line.codePointCount(0, line.length()) <= NotificationLimits.TITLE) {
            return line;
        }
        int end = line.offsetByCodePoints(0, NotificationLimits.TITLE - 1);
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** @throws IllegalArgumentException when the link is not a route inside the portal */
    static String link(String link) {
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException("A notification needs a link");
        }
        String route = link.strip();
        if (route.length() > NotificationLimits.LINK) {
            throw new IllegalArgumentException("A notification link is at most " + NotificationLimits.LINK
                    + " characters");
        }
        if (!ROUTE.matcher(route).matches() || route.contains("..") || route.contains("//")) {
            throw new IllegalArgumentException("A notification link is a route inside the portal, such as "
                    + "workspaces/12/proposal, not " + route);
        }
        return route;
    }
}
