package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.joinedup.forums.following.ThreadFollowing;
import org.joinedup.forums.threads.ThreadDetails;
import org.springframework.core.annotation.Order;

/** "Follow" in a thread's header; "Following" once followed, which a click undoes. */
@org.springframework.stereotype.Component
@Order(10)
class FollowThreadAction implements ThreadAction {

    private final ThreadFollowing following;

    FollowThreadAction(ThreadFollowing following) {
        this.following = following;
    }

    @Override
    public Optional<Component> controlFor(ThreadDetails thread, Runnable changed) {
        Button button = new Button();
        show(button, following.following(thread.id()));
        button.addClickListener(click -> {
            boolean now = !following.following(thread.id());
            if (now) {
                following.follow(thread.id());
            } else {
                following.unfollow(thread.id());
            }
            show(button, now);
        });
        return Optional.of(button);
    }

    private static void show(Button button, boolean followed) {
        button.setText(followed ? "Following" : "Follow");
        button.setIcon(followed ? VaadinIcon.BELL.create() : VaadinIcon.BELL_O.create());
        button.getElement().setAttribute("aria-pressed", String.valueOf(followed));
        button.getElement().setAttribute("title", followed
                ? "You hear of new posts in this thread. Click to stop."
                : "Hear of new posts in this thread.");
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (followed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
