package org.joinedup.forums.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.joinedup.forums.internal.PostAttempt;
import org.joinedup.forums.internal.PostingCheck;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.identity.people.Role;
import org.joinedup.platform.time.PortalTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses a new post when its author has already written as many as they may in the last
 * hour or the last day (sliding windows over their own posts, whatever became of them),
 * with tighter limits on the account's first day. The refusal says when they can post
 * again. Edits are not counted: rewriting one's own post adds nothing for others to read.
 * Moderators are not limited: clearing up after a spate of abuse may take many posts.
 */
@Component
@Order(400)
class PostingRate implements PostingCheck {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final AuthorPosts posts;
    private final PeopleLookup people;
    private final Clock clock;

    PostingRate(AuthorPosts posts, PeopleLookup people, Clock clock) {
        this.posts = posts;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void refuseIfNeeded(PostAttempt attempt) {
        if (attempt.edit()) {
            return;
        }
        long author = attempt.authorId();
        if (people.card(author).map(PersonCard::roles).orElse(Set.of()).contains(Role.MODERATOR)) {
            return;
        }
        Instant now = clock.instant();
        Instant firstDayEnds = people.joinedAt(author).orElse(now).plus(PostingLimits.FIRST_DAY);
        List<Instant> written = posts.writtenSince(author, now.minus(DAY));
        if (allowedAt(now, written, firstDayEnds)) {
            return;
        }
        // The earliest moment one of the windows lets a post through: when a post leaves the
        // hour or the day, or the first day ends. The day's oldest post leaving always does.
        Instant again = Stream.concat(written.stream().flatMap(at -> Stream.of(at.plus(HOUR), at.plus(DAY))),
                        Stream.of(firstDayEnds))
                .filter(now::isBefore)
                .sorted()
                .filter(at -> allowedAt(at, written, firstDayEnds))
                .findFirst()
                .orElse(now.plus(DAY));
        throw new PostingTooFastException(message(now, again, now.isBefore(firstDayEnds)), again);
    }

    private static boolean allowedAt(Instant at, List<Instant> written, Instant firstDayEnds) {
        boolean firstDay = at.isBefore(firstDayEnds);
        int perHour = firstDay ? PostingLimits.FIRST_DAY_POSTS_PER_HOUR : PostingLimits.POSTS_PER_HOUR;
        int perDay = firstDay ? PostingLimits.FIRST_DAY_POSTS_PER_DAY : PostingLimits.POSTS_PER_DAY;
        Instant hourAgo = at.minus(HOUR);
        Instant dayAgo = at.minus(DAY);
        long inHour = written.stream().filter(hourAgo::isBefore).count();
        long inDay = written.stream().filter(dayAgo::isBefore).count();
        return inHour < perHour && inDay < perDay;
    }

    private static String message(Instant now, Instant again, boolean firstDay) {
        String limits = firstDay
                ? "On the first day of a new account, you can write up to " + PostingLimits.FIRST_DAY_POSTS_PER_HOUR
                        + " posts an hour and " + PostingLimits.FIRST_DAY_POSTS_PER_DAY + " a day"
                : "You can write up to " + PostingLimits.POSTS_PER_HOUR + " posts an hour and "
                        + PostingLimits.POSTS_PER_DAY + " a day";
        return limits + ", and you have reached that. You can post again from " + when(now, again)
                + " (UK time). Your text is still in the form.";
    }

    /** "15:42 today", "09:05 tomorrow" or "09:05 on 25 November 2026", rounded up to the minute. */
    static String when(Instant now, Instant again) {
        Instant minute = again.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(again)) {
            minute = minute.plus(Duration.ofMinutes(1));
        }
        LocalDate today = LocalDate.ofInstant(now, PortalTime.ZONE);
        LocalDate day = LocalDate.ofInstant(minute, PortalTime.ZONE);
        String time = PortalTime.time(minute);
        if (day.equals(today)) {
            return time + " today";
        }
        if (day.equals(today.plusDays(1))) {
            return time + " tomorrow";
        }
        return time + " on " + PortalTime.date(minute);
    }
}
