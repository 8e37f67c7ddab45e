package org.joinedup.forums.search;

import jakarta.validation.constraints.Size;

/**
 * What to look for in the forums.
 *
 * @param words       words to find in posts and thread titles: all must appear; "quoted words" as a
 *                    phrase, word* for words starting so, -word for posts without it; may be blank
 * @param by          part of the author's display name, or blank for anyone
 * @param workspaceId only the forum of this pathway's workspace, or null for every forum
 */
public record ForumQuery(
        @Size(max = ForumQuery.WORDS_MAX, message = "Keep the search to " + ForumQuery.WORDS_MAX + " characters.")
        String words,
        @Size(max = ForumQuery.BY_MAX, message = "Keep the name to " + ForumQuery.BY_MAX + " characters.")
        String by,
        Long workspaceId) {

    public static final int WORDS_MAX = 200;
    public static final int BY_MAX = 100;

    public ForumQuery {
        words = words == null ? "" : words.strip();
        by = by == null ? "" : by.strip();
    }

    public static ForumQuery words(String words) {
        return new ForumQuery(words, null, null);
    }

    /** Neither words nor an author: nothing to look for. */
    public boolean empty() {
        return words.isEmpty() && by.isEmpty();
    }
}
