package org.joinedup.forums.following;

import java.time.Clock;

import org.joinedup.forums.internal.ForumGate;
import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.threads.ForumAccessDeniedException;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.platform.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Helpful" reactions: one per person per published post, never on one's own. */
@Service
@PreAuthorize("isAuthenticated()")
public class HelpfulReactions {

    private final ForumGate gate;
    private final PostRepository posts;
    private final FollowRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    HelpfulReactions(ForumGate gate, PostRepository posts, FollowRows rows, AuditTrail audit, Clock clock) {
        this.gate = gate;
        this.posts = posts;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Helpful helpful(long postId) {
        PostEntity post = readable(postId);
        return state(post, CurrentPerson.id());
    }

    /** Marks the post helpful, or takes that back when the signed-in person had already. */
    @Transactional
    public Helpful toggle(long postId) {
        PostEntity post = readable(postId);
        long me = CurrentPerson.id();
        if (!post.published()) {
            throw new ForumItemGoneException("Only a published post can be marked helpful.");
        }
        if (post.authorId() == me) {
            throw new ForumAccessDeniedException("You cannot mark your own post as helpful.");
        }
        if (rows.reacted(postId, me)) {
            rows.withdraw(postId, me);
            audit.record("forum.post-helpful-withdrawn", ThreadFollowing.AUDIT_SUBJECT, post.threadId(),
                    "No longer finds post " + postId + " helpful");
        } else {
            rows.react(postId, me, clock.instant());
            audit.record("forum.post-helpful", ThreadFollowing.AUDIT_SUBJECT, post.threadId(),
                    "Found post " + postId + " helpful");
        }
        return state(post, me);
    }

    private PostEntity readable(long postId) {
        PostEntity post = posts.findById(postId).orElseThrow(() -> new ForumItemGoneException(ForumGate.POST_GONE));
        gate.requireReadThread(post.threadId());
        if (!post.published() && post.authorId() != CurrentPerson.id() && !ForumGate.moderator()) {
            throw new ForumItemGoneException(ForumGate.POST_GONE);
        }
        return post;
    }

    private Helpful state(PostEntity post, long me) {
        return new Helpful(post.id(), rows.reactions(post.id()), rows.reacted(post.id(), me),
                post.published() && post.authorId() != me);
    }
}
