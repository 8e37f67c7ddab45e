package org.joinedup.forums.limits;

import java.util.Optional;

import org.joinedup.forums.internal.Hold;
import org.joinedup.forums.internal.PostAttempt;
import org.joinedup.forums.internal.PostingCheck;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.identity.people.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds the posts of a patient partner until a moderator has approved
 * {@link PostingLimits#APPROVED_POSTS_BEFORE_TRUSTED} of them (a post counts once it was
 * ever published, even if it was later hidden). Staff are not held by this rule. Edits are
 * held too, so an approved post cannot be rewritten into something else before the author
 * has earned trust. It runs after the other holds, so a post that is also long, full of
 * links or a repeat is held for that more particular reason.
 */
@Component
@Order(300)
class FirstPostsHold implements PostingCheck {

    private final AuthorPosts posts;
    private final PeopleLookup people;

    FirstPostsHold(AuthorPosts posts, PeopleLookup people) {
        this.posts = posts;
        this.people = people;
    }

    @Override
    public Optional<Hold> holdIfNeeded(PostAttempt attempt) {
        Optional<PersonCard> author = people.card(attempt.authorId());
        if (author.isEmpty() || author.get().staff() || !author.get().roles().contains(Role.PATIENT_PARTNER)) {
            return Optional.empty();
        }
        int needed = PostingLimits.APPROVED_POSTS_BEFORE_TRUSTED;
        int approved = posts.everPublished(attempt.authorId(), needed);
        if (approved >= needed) {
            return Optional.empty();
        }
        return Optional.of(new Hold(HoldReason.FIRST_POSTS, "Once a moderator has approved " + needed
                + " of your posts, the next ones appear straight away. Approved so far: " + approved + "."));
    }
}
