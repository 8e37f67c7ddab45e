package org.joinedup.forums.following;

import org.joinedup.forums.threads.PostPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears that a post was published once its transaction has committed, and tells people in a
 * transaction of its own. A failure here is logged and leaves the post as it is.
 */
@Component
class PostPublishedListener {

    private static final Logger log = LoggerFactory.getLogger(PostPublishedListener.class);

    private final PostNotifier notifier;

    PostPublishedListener(PostNotifier notifier) {
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void published(PostPublished event) {
        try {
            notifier.published(event);
        } catch (RuntimeException e) {
            log.error("Nobody was told of post {} in thread {}", event.postId(), event.threadId(), e);
        }
    }
}
