package org.joinedup.forums.limits;

import java.time.Duration;

import org.joinedup.forums.threads.ForumLimits;

/**
 * The numbers behind the posting limits, in one place so that the rules, their messages and
 * the tests agree.
 */
public final class PostingLimits {

    /**
     * A patient partner's posts wait for a moderator until this many of them have been
     * published. Two approvals show that a moderator has seen how someone writes, not one
     * lucky post; staff, who join through their organisation, are not held.
     */
    public static final int APPROVED_POSTS_BEFORE_TRUSTED = 2;

    /** How long an account counts as new for the posting rate. */
    public static final Duration FIRST_DAY = Duration.ofDays(1);

    /**
     * Posts an account may write in any hour and in any day on its first day. Someone new
     * rarely writes more than a few posts while finding their way; an account made to spread
     * advertising or abuse writes many at once. Ten in a day is what Discourse allows a new
     * member by default.
     */
    public static final int FIRST_DAY_POSTS_PER_HOUR = 10;
    public static final int FIRST_DAY_POSTS_PER_DAY = 20;

    /**
     * Posts an established account may write in any hour and in any day. A lively discussion
     * or a design-forum meeting written up as it happens stays well under these; a runaway
     * script or a copied-and-pasted campaign does not.
     */
    public static final int POSTS_PER_HOUR = 30;
    public static final int POSTS_PER_DAY = 150;

    /**
     * Posts longer than this (in characters) are read by a moderator first. A patient's story
     * or a detailed clinical question fits in well under it; much longer text is more often a
     * pasted document, which may carry a letter or a record with it. Well below
     * {@link ForumLimits#POST_MAX}, the most a post may hold.
     */
    public static final int LONG_POST = 6_000;

    /**
     * Posts with more web links than this are read by a moderator first. A helpful answer
     * links to a leaflet or a guideline or two; link lists are what advertising looks like.
     */
    public static final int MOST_LINKS = 5;

    /** How far back a post is compared with the author's own posts for word-for-word repeats. */
    public static final Duration REPEAT_WINDOW = Duration.ofDays(1);

    /**
     * Repeats shorter than this (in characters, after spaces are collapsed) are let through:
     * "Thank you, that really helps." may fairly be said in several threads in one day.
     */
    public static final int REPEAT_MIN_LENGTH = 40;

    private PostingLimits() {
    }
}
