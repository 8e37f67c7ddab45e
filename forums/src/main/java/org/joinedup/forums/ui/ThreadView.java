package org.joinedup.forums.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.joinedup.forums.threads.ForumFeed;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.PostChangedException;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadChanged;
import org.joinedup.forums.threads.ThreadClosedException;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A thread: its posts a page at a time (opening at a post when the address names one), new
 * posts appearing as others write them, and a reply with a live preview. A reply refused
 * because the thread was locked meanwhile, or any other refusal, keeps the text in the form.
 */
@Route(ForumRoutes.FORUMS + "/threads/:threadId([0-9]{1,18})")
@PermitAll
public class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Posts drawn at a time. */
    static final int PAGE_SIZE = 30;

    private final ForumService forums;
    private final List<PostAction> postActions;
    private final List<ThreadAction> threadActions;
    private final LiveForum live;
    private final Div posts = new Div();
    private final Button earlier = new Button("Show earlier posts", event -> showEarlier());
    private final Button later = new Button("Show later posts", event -> showLater());
    private final Div replyArea = new Div();
    private MarkdownEditor reply;
    private Long quotedPostId;
    private Paragraph quoting;
    private ThreadDetails thread;
    /** The window of visible posts drawn: [first, end). */
    private long first;
    private long end;

    ThreadView(ForumService forums, List<PostAction> postActions, List<ThreadAction> threadActions, ForumFeed feed) {
        this.forums = forums;
        this.postActions = postActions;
        this.threadActions = threadActions;
        this.live = new LiveForum(feed);
        addClassNames("page", "thread-page");
        posts.addClassName("forum-posts");
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long threadId = event.getRouteParameters().getLong("threadId").orElse(0L);
        try {
            thread = forums.thread(threadId);
            Optional<Long> at = event.getLocation().getQueryParameters().getSingleParameter("post")
                    .filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf);
            long total = forums.countPosts(threadId);
            long start = at.map(post -> forums.positionOf(threadId, post))
                    .orElse(Math.max(0, total - PAGE_SIZE));
            show(Math.max(0, Math.min(start, Math.max(0, total - 1))), total);
            at.ifPresent(post -> posts.getElement().executeJs(
                    "const p = document.getElementById('post-' + $0); if (p) { p.scrollIntoView(); p.focus(); }", post));
        } catch (ForumItemGoneException gone) {
            event.rerouteToError(NotFoundException.class, gone.getMessage());
        } catch (AccessDeniedException refused) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, refused.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return (thread == null ? "Thread" : thread.title()) + " | JoinedUp";
    }

    private void show(long start, long total) {
        removeAll();
        add(new Anchor(ForumRoutes.forum(thread.forum().id()), "Back to " + thread.forum().title()));
        HorizontalLayout badges = new HorizontalLayout();
        if (thread.pinned()) {
            badges.add(ForumFormat.badge("Pinned", "contrast"));
        }
        if (thread.locked()) {
            badges.add(ForumFormat.badge("Locked", "contrast"));
        }
        if (thread.hidden()) {
            badges.add(ForumFormat.badge("Hidden", "error"));
        }
        add(new H1(thread.title()), badges);
        HorizontalLayout controls = new HorizontalLayout();
        controls.addClassName("thread-controls");
        threadActions.forEach(action -> action.controlFor(thread, this::reload).ifPresent(controls::add));
        add(controls);

        posts.removeAll();
        first = start;
        end = start;
        List<PostDetails> page = forums.posts(thread.id(), (int) start, PAGE_SIZE);
        page.forEach(post -> posts.add(card(post)));
        end = start + page.size();
        add(earlier, posts, later);
        updatePaging(total);
        markRead(page);

        replyArea.removeAll();
        add(replyArea);
        showReplyForm();
    }

    private void reload() {
        thread = forums.thread(thread.id());
        show(first, forums.countPosts(thread.id()));
    }

    private void showEarlier() {
        long start = Math.max(0, first - PAGE_SIZE);
        List<PostDetails> page = forums.posts(thread.id(), (int) start, (int) (first - start));
        for (int i = page.size() - 1; i >= 0; i--) {
            posts.addComponentAsFirst(card(page.get(i)));
        }
        first = start;
        updatePaging(forums.countPosts(thread.id()));
    }

    private void showLater() {
        List<PostDetails> page = forums.posts(thread.id(), (int) end, PAGE_SIZE);
        page.forEach(post -> posts.add(card(post)));
        end += page.size();
        updatePaging(forums.countPosts(thread.id()));
        markRead(page);
    }

    private void updatePaging(long total) {
        earlier.setVisible(first > 0);
        later.setVisible(end < total);
    }

    private void markRead(List<PostDetails> page) {
        page.stream().filter(post -> post.status() == PostStatus.PUBLISHED).mapToLong(PostDetails::id).max()
                .ifPresent(last -> forums.markRead(thread.id(), last));
    }

    private PostCard card(PostDetails post) {
        PostCard card = new PostCard(post);
        addControls(card);
        return card;
    }

    private void addControls(PostCard card) {
        PostDetails post = card.post();
        if (thread.mayReply() && post.status() == PostStatus.PUBLISHED) {
            card.addControl(PostCard.textButton("Quote", button -> quote(post)));
        }
        if (post.mine() && thread.mayReply() && post.status() != PostStatus.HIDDEN) {
            card.addControl(PostCard.textButton("Edit", button -> edit(card)));
        }
        postActions.forEach(action -> action.controlFor(post, thread, () -> redraw(card, post.id()))
                .ifPresent(card::addControl));
    }

    private void redraw(PostCard card, long postId) {
        try {
            card.show(forums.post(postId));
            addControls(card);
        } catch (ForumItemGoneException gone) {
            posts.remove(card);
        }
    }

    private void quote(PostDetails post) {
        quotedPostId = post.id();
        if (quoting != null) {
            quoting.setText("Replying to " + post.authorName() + "'s post.");
            quoting.setVisible(true);
        }
        if (reply != null) {
            reply.focus();
        }
    }

    private void edit(PostCard card) {
        PostDetails post = card.post();
        MarkdownEditor editor = new MarkdownEditor("Edit your post");
        editor.setValue(post.body());
        Button save = new Button("Save changes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> redraw(card, post.id()));
        card.removeAll();
        card.add(editor, new HorizontalLayout(save, cancel));
        save.addClickListener(event -> {
            try {
                PostDetails saved = forums.edit(post.id(), post.version(), editor.value());
                card.show(saved);
                addControls(card);
                if (saved.status() == PostStatus.HELD) {
                    ForumFormat.warn("Your post is waiting for a moderator. " + saved.holdReason().explanation());
                } else {
                    ForumFormat.confirm("Post saved");
                }
            } catch (InvalidInputException refused) {
                editor.refuse(refused.messages().values().stream().findFirst().orElse(refused.getMessage()));
            } catch (PostChangedException | ThreadClosedException | AccessDeniedException refused) {
                editor.refuse(refused.getMessage());
            }
        });
    }

    private void showReplyForm() {
        replyArea.removeAll();
        if (!thread.mayReply()) {
            Paragraph closed = new Paragraph(thread.hidden() ? "A moderator has hidden this thread."
                    : "This thread is locked: it takes no more replies.");
            closed.addClassName("empty-state");
            replyArea.add(closed);
            if (reply != null && !reply.value().isBlank()) {
                // Locked while this person was writing: their text stays for them to copy.
                reply.refuse("The thread was closed while you were writing. Your reply was not posted; copy it "
                        + "if you want to keep it.");
                replyArea.add(reply);
            }
            return;
        }
        String kept = reply == null ? "" : reply.value();
        reply = new MarkdownEditor("Your reply");
        reply.setValue(kept);
        quoting = new Paragraph();
        quoting.setVisible(false);
        Button post = new Button("Post reply", event -> postReply());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section form = new Section(new H2("Reply"), quoting, reply, post);
        form.addClassName("reply-form");
        replyArea.add(form);
    }

    private void postReply() {
        try {
            PostDetails written = forums.reply(thread.id(), new NewReply(reply.value(), quotedPostId));
            reply.clear();
            quotedPostId = null;
            quoting.setVisible(false);
            appendIfNew(written);
            if (written.status() == PostStatus.HELD) {
                ForumFormat.warn("Your reply is waiting for a moderator. " + written.holdReason().explanation()
                        + (written.holdDetail() == null ? "" : " " + written.holdDetail()));
            }
        } catch (InvalidInputException refused) {
            reply.refuse(refused.messages().getOrDefault("body", refused.getMessage()));
        } catch (ThreadClosedException closed) {
            reply.refuse(closed.getMessage());
        } catch (ForumItemGoneException | AccessDeniedException refused) {
            reply.refuse(refused.getMessage() + " Your reply is still here: copy it if you want to keep it.");
        }
    }

    /** Shows a post written just now, here or elsewhere, when the page shows the thread's end. */
    private void appendIfNew(PostDetails post) {
        boolean drawn = posts.getChildren().anyMatch(child -> child instanceof PostCard card && card.post().id() == post.id());
        // "Show later posts" is hidden exactly when the page shows the thread's end.
        if (drawn || later.isVisible()) {
            return;
        }
        posts.add(card(post));
        end++;
        markRead(List.of(post));
    }

    /**
     * Another person's change, heard after it committed. A change to a post reloads that post
     * alone and redraws or appends it; a change to the thread itself (locked, pinned, hidden)
     * reloads the page, keeping what is being typed.
     */
    private void changed(ThreadChanged change) {
        try {
            if (change.postId() == null) {
                reload();
                return;
            }
            List<PostCard> cards = new ArrayList<>();
            posts.getChildren().filter(PostCard.class::isInstance).map(PostCard.class::cast)
                    .filter(card -> card.post().id() == change.postId()).forEach(cards::add);
            if (!cards.isEmpty()) {
                cards.forEach(card -> redraw(card, change.postId()));
                return;
            }
            appendIfNew(forums.post(change.postId()));
        } catch (ForumItemGoneException gone) {
            // Not visible to this person (held, hidden) or the thread went: nothing to draw.
        } catch (AccessDeniedException refused) {
            removeAll();
            add(new Paragraph(refused.getMessage()));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (thread != null) {
            live.watchThread(attachEvent.getUI(), thread.id(), this::changed);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }
}
