package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadDetails;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The moderation controls under each post of a thread. */
final class ModerationPostActions {

    private ModerationPostActions() {
    }

    /** "Edited by a moderator: …", for everyone who reads a post a moderator edited. */
    @Component
    @Order(5)
    static class ModeratorNote implements PostAction {

        private final ModerationService moderation;

        ModeratorNote(ModerationService moderation) {
            this.moderation = moderation;
        }

        @Override
        public Optional<com.vaadin.flow.component.Component> controlFor(PostDetails post, ThreadDetails thread,
                Runnable changed) {
            if (post.editedAt() == null) {
                return Optional.empty();
            }
            return moderation.moderatorNote(post.id()).map(note -> {
                Span span = new Span("Edited by a moderator: " + note);
                span.addClassName("moderator-note");
                span.getStyle().set("font-style", "italic").set("color", "var(--lumo-secondary-text-color)");
                return span;
            });
        }
    }

    /** Flag, for readers of a published post that is not their own. */
    @Component
    @Order(50)
    static class Flag implements PostAction {

        private final ModerationService moderation;

        Flag(ModerationService moderation) {
            this.moderation = moderation;
        }

        @Override
        public Optional<com.vaadin.flow.component.Component> controlFor(PostDetails post, ThreadDetails thread,
                Runnable changed) {
            if (post.mine() || post.status() != PostStatus.PUBLISHED) {
                return Optional.empty();
            }
            if (moderation.flaggedByMe(post.id())) {
                return Optional.of(new Span("You flagged this post."));
            }
            Button flag = new Button("Flag", event -> ModerationDialogs.flag(post.authorName(), newFlag -> {
                boolean held = moderation.flag(post.id(), newFlag);
                ModerationDialogs.tell(held ? "Thank you. Several people have now flagged this post, so it is hidden "
                        + "until a moderator has read it." : "Thank you. A moderator will read the post.",
                        NotificationVariant.LUMO_SUCCESS);
                changed.run();
            }).open());
            flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            flag.setAriaLabel("Flag the post by " + post.authorName());
            return Optional.of(flag);
        }
    }

    /** Approve, hide, edit with a note and history, for moderators on held or published posts. */
    @Component
    @Order(60)
    static class Moderate implements PostAction {

        private final ModerationService moderation;
        private final ForumService forums;

        Moderate(ModerationService moderation, ForumService forums) {
            this.moderation = moderation;
            this.forums = forums;
        }

        @Override
        public Optional<com.vaadin.flow.component.Component> controlFor(PostDetails post, ThreadDetails thread,
                Runnable changed) {
            if (!thread.moderates()) {
                return Optional.empty();
            }
            HorizontalLayout controls = new HorizontalLayout();
            controls.setSpacing(false);
            controls.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            if (post.status() != PostStatus.PUBLISHED) {
                controls.add(small(new Button("Approve", event -> {
                    ModerationDialogs.decide(() -> moderation.approve(post.id(), post.version()),
                            "Approved: everyone in the forum can now read the post.");
                    changed.run();
                })));
            }
            if (post.status() != PostStatus.HIDDEN) {
                controls.add(small(new Button("Hide", event -> ModerationDialogs.hide(reason -> {
                    moderation.hide(post.id(), post.version(), reason);
                    ModerationDialogs.tell("The post is hidden and its author told why.",
                            NotificationVariant.LUMO_SUCCESS);
                    changed.run();
                }).open())));
                controls.add(small(new Button("Edit with note", event -> ModerationDialogs.edit(post.body(), edit -> {
                    moderation.editWithNote(post.id(), post.version(), edit);
                    ModerationDialogs.tell("The post is edited, with your note.", NotificationVariant.LUMO_SUCCESS);
                    changed.run();
                }).open())));
            }
            controls.add(small(new Button("History", event -> ModerationDialogs.history(forums.revisions(post.id()))
                    .open())));
            return Optional.of(controls);
        }

        private static Button small(Button button) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return button;
        }
    }

    /** Lock, pin and hide a thread, for moderators. */
    @Component
    static class ModerateThread implements ThreadAction {

        private final ModerationService moderation;

        ModerateThread(ModerationService moderation) {
            this.moderation = moderation;
        }

        @Override
        public Optional<com.vaadin.flow.component.Component> controlFor(ThreadDetails thread, Runnable changed) {
            if (!thread.moderates()) {
                return Optional.empty();
            }
            Button lock = toggle(thread.locked() ? "Unlock" : "Lock", () -> moderation.lockThread(thread.id(),
                    !thread.locked()), thread.locked() ? "The thread takes replies again." : "The thread is locked.",
                    changed);
            Button pin = toggle(thread.pinned() ? "Unpin" : "Pin", () -> moderation.pinThread(thread.id(),
                    !thread.pinned()), thread.pinned() ? "The thread is unpinned." : "The thread is pinned to the top.",
                    changed);
            Button hide = toggle(thread.hidden() ? "Show thread" : "Hide thread", () -> moderation.hideThread(
                    thread.id(), !thread.hidden()), thread.hidden() ? "Everyone who may read the forum sees the "
                            + "thread again." : "Only moderators now see the thread.", changed);
            HorizontalLayout controls = new HorizontalLayout(lock, pin, hide);
            controls.setSpacing(false);
            controls.getStyle().set("gap", "var(--lumo-space-xs)");
            return Optional.of(controls);
        }

        private static Button toggle(String caption, Runnable action, String done, Runnable changed) {
            Button button = new Button(caption, event -> {
                action.run();
                ModerationDialogs.tell(done, NotificationVariant.LUMO_SUCCESS);
                changed.run();
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return button;
        }
    }

    /** A link to the community guidelines on every forum's page. */
    @Component
    @Order(1000)
    static class Guidelines implements ForumSection {

        @Override
        public Optional<com.vaadin.flow.component.Component> sectionFor(
                org.joinedup.forums.threads.ForumSummary forum) {
            Span text = new Span("Before you post, please read the ");
            com.vaadin.flow.router.RouterLink link = new com.vaadin.flow.router.RouterLink("community guidelines",
                    CommunityGuidelinesView.class);
            return Optional.of(new com.vaadin.flow.component.html.Paragraph(text, link,
                    new Span(": be kind, and keep patients unidentifiable.")));
        }
    }
}
