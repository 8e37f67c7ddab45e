package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.joinedup.forums.following.Helpful;
import org.joinedup.forums.following.HelpfulReactions;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadDetails;
import org.springframework.core.annotation.Order;

/**
 * "Helpful" under a published post, with how many found it so. The author sees only the
 * count of their own post.
 */
@org.springframework.stereotype.Component
@Order(10)
class HelpfulPostAction implements PostAction {

    private final HelpfulReactions reactions;

    HelpfulPostAction(HelpfulReactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public Optional<Component> controlFor(PostDetails post, ThreadDetails thread, Runnable changed) {
        if (post.status() != PostStatus.PUBLISHED) {
            return Optional.empty();
        }
        Helpful helpful = reactions.helpful(post.id());
        if (!helpful.mayReact()) {
            return helpful.count() == 0 ? Optional.empty() : Optional.of(new Span(label(helpful.count())));
        }
        Button button = new Button();
        show(button, helpful);
        button.addClickListener(click -> show(button, reactions.toggle(post.id())));
        return Optional.of(button);
    }

    private static void show(Button button, Helpful helpful) {
        button.setText(helpful.count() == 0 ? "Helpful" : "Helpful (" + helpful.count() + ")");
        button.setIcon(helpful.mine() ? VaadinIcon.THUMBS_UP.create() : VaadinIcon.THUMBS_UP_O.create());
        button.getElement().setAttribute("aria-pressed", String.valueOf(helpful.mine()));
        button.getElement().setAttribute("title", helpful.mine()
                ? "You found this helpful. Click to take that back." : "Say this post helped you.");
        button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }

    private static String label(long count) {
        return count == 1 ? "1 person found this helpful" : count + " people found this helpful";
    }
}
