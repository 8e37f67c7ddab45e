package org.joinedup.portal.notifications;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.platform.notification.NewNotification;
import org.joinedup.platform.notification.NotificationCentre;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** What another module does in view tests: sends notifications in its own transaction, as another person. */
final class NotificationSending {

    private final NotificationCentre centre;
    private final TransactionTemplate transactions;
    private final UserDetailsService users;

    NotificationSending(NotificationCentre centre, TransactionTemplate transactions, UserDetailsService users) {
        this.centre = centre;
        this.transactions = transactions;
        this.users = users;
    }

    long idOf(String localPart) {
        return ((SignedInPerson) load(localPart)).personId();
    }

    /** Sends as {@code senderLocalPart} and commits; the test's own sign-in is kept. */
    void sendAs(String senderLocalPart, NewNotification notification) {
        SecurityContext viewer = SecurityContextHolder.getContext();
        UserDetails sender = load(senderLocalPart);
        SecurityContext senders = SecurityContextHolder.createEmptyContext();
        senders.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(sender, null,
                sender.getAuthorities()));
        SecurityContextHolder.setContext(senders);
        try {
            transactions.executeWithoutResult(status -> centre.send(notification));
        } finally {
            SecurityContextHolder.setContext(viewer);
        }
    }

    /**
     * Lets updates pushed from other threads reach the mocked page until {@code done}, as the
     * browser would receive them. Fails after five seconds.
     */
    static void awaitPush(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            MockVaadin.runUIQueue();
            if (done.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page was not updated within five seconds");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the page", e);
            }
        }
    }

    private UserDetails load(String localPart) {
        return users.loadUserByUsername(localPart + "@demo.joinedup.example");
    }
}
