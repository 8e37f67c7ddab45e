package org.joinedup.forums.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.platform.time.PortalTime;

/**
 * One post as the thread shows it: who wrote it and when, whether it waits for a moderator or
 * was hidden (and why: its author and moderators see this), what it quotes, its text, and the
 * controls the signed-in person may use. Redrawn in place when the post changes.
 */
class PostCard extends Article {

    private final HorizontalLayout controls = new HorizontalLayout();
    private PostDetails post;

    PostCard(PostDetails post) {
        addClassName("forum-post");
        getElement().setAttribute("id", "post-" + post.id());
        show(post);
    }

    PostDetails post() {
        return post;
    }

    /** Draws the post again, keeping nothing of its previous drawing but the controls' place. */
    void show(PostDetails post) {
        this.post = post;
        removeAll();
        controls.removeAll();
        getElement().setAttribute("aria-label", "Post by " + post.authorName());
        Div meta = new Div();
        meta.addClassName("forum-post-meta");
        Span author = new Span(post.authorName());
        author.addClassName("forum-post-author");
        meta.add(author);
        if (post.authorRealName() != null && !post.authorRealName().equals(post.authorName())) {
            meta.add(new Span(" (real name: " + post.authorRealName() + ")"));
        }
        if (post.authorPatientPartner()) {
            meta.add(ForumFormat.badge("Patient partner", "success"));
        }
        meta.add(new Span(" · " + PortalTime.dateTime(post.createdAt())));
        if (post.editedAt() != null) {
            meta.add(new Span(" · edited " + PortalTime.dateTime(post.editedAt())));
        }
        add(meta);
        if (post.status() == PostStatus.HELD) {
            Paragraph held = new Paragraph("Waiting for a moderator: " + post.holdReason().explanation()
                    + (post.holdDetail() == null ? "" : " " + post.holdDetail()));
            held.addClassName("forum-post-held");
            add(held);
        } else if (post.status() == PostStatus.HIDDEN) {
            Paragraph hidden = new Paragraph("Hidden by a moderator"
                    + (post.hiddenReason() == null ? "." : ": " + post.hiddenReason()));
            hidden.addClassName("forum-post-hidden");
            add(hidden);
        }
        if (post.quoted() != null) {
            Div quote = new Div(new Span(post.quoted().authorName() + " wrote: "), new Span(post.quoted().excerpt()));
            quote.addClassName("forum-post-quote");
            add(quote);
        }
        Div body = new Div(new Html("<div>" + post.html() + "</div>"));
        body.addClassNames("markdown", "forum-post-body");
        add(body);
        controls.addClassName("forum-post-controls");
        add(controls);
    }

    /** Adds a control for the signed-in person (quote, edit, flag …). */
    void addControl(com.vaadin.flow.component.Component control) {
        controls.add(control);
    }

    static Button textButton(String caption, Consumer<Button> onClick) {
        Button button = new Button(caption);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClickListener(event -> onClick.accept(button));
        return button;
    }
}
