package org.joinedup.forums.limits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.internal.ThreadRepository;
import org.joinedup.testing.DemoSignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the posting-limit tests need done behind the service's back: a held post approved as
 * a moderator's approval leaves it (published, counted in its thread), and an account's
 * joining date moved.
 */
final class Approvals {

    private final PostRepository posts;
    private final ThreadRepository threads;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Approvals(ApplicationContext context) {
        this.posts = context.getBean(PostRepository.class);
        this.threads = context.getBean(ThreadRepository.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.clock = context.getBean(Clock.class);
    }

    void approve(long postId) {
        transactions.executeWithoutResult(status -> {
            PostEntity post = posts.findById(postId).orElseThrow();
            ThreadEntity thread = threads.lockById(post.threadId()).orElseThrow();
            Instant now = clock.instant();
            post.publish(now);
            thread.published(post.id(), now);
            posts.saveAndFlush(post);
            threads.saveAndFlush(thread);
        });
    }

    /** Makes the demo person's account as old as if it had been made at {@code at}. */
    void joined(String demoLocalPart, Instant at) {
        jdbc.update("update person set created_at = ? where email = ?", LocalDateTime.ofInstant(at, ZoneOffset.UTC),
                demoLocalPart + DemoSignIn.DOMAIN);
    }
}
