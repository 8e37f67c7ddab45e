package org.joinedup.forums.following;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.forums.internal.ForumEntity;
import org.joinedup.forums.internal.ForumRepository;
import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.internal.ThreadRepository;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.PostPublished;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people of a published post, with nobody signed in. Its author follows the thread
 * (unless they chose not to). Then each person hears once: those mentioned get
 * {@link NotificationKind#MENTION}; followers who started the thread or posted in it
 * {@link NotificationKind#FORUM_REPLY}; other followers {@link NotificationKind#FOLLOWED_THREAD}.
 * Never the post's author, never anyone who may no longer read the forum, and never twice for
 * the same post, even when a moderator hides it and approves it again.
 */
@Component
class PostNotifier {

    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final FollowRows rows;
    private final Mentions mentions;
    private final ForumReaders readers;
    private final PeopleLookup people;
    private final NotificationCentre notifications;
    private final Clock clock;

    PostNotifier(ForumRepository forums, ThreadRepository threads, PostRepository posts, FollowRows rows,
            Mentions mentions, ForumReaders readers, PeopleLookup people, NotificationCentre notifications, Clock clock) {
        this.forums = forums;
        this.threads = threads;
        this.posts = posts;
        this.rows = rows;
        this.mentions = mentions;
        this.readers = readers;
        this.people = people;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void published(PostPublished event) {
        ThreadEntity thread = threads.findById(event.threadId()).orElse(null);
        PostEntity post = posts.findById(event.postId()).orElse(null);
        ForumEntity forum = forums.findById(event.forumId()).orElse(null);
        if (thread == null || post == null || forum == null || thread.hidden() || !post.published()) {
            return;
        }
        long author = post.authorId();
        rows.followUnlessDecided(thread.id(), author, clock.instant());

        Set<Long> followers = rows.followers(thread.id());
        Set<Long> mentioned = mentions.in(post.body());
        Set<Long> candidates = new HashSet<>(followers);
        candidates.addAll(mentioned);
        candidates.remove(author);
        Set<Long> told = rows.firstNotices(post.id(), readers.among(forum, candidates));
        if (told.isEmpty()) {
            return;
        }
        Set<Long> contributors = rows.contributors(thread.id());
        List<Long> mention = new ArrayList<>();
        List<Long> reply = new ArrayList<>();
        List<Long> followed = new ArrayList<>();
        for (Long person : told) {
            if (mentioned.contains(person)) {
                mention.add(person);
            } else if (contributors.contains(person)) {
                reply.add(person);
            } else {
                followed.add(person);
            }
        }
        String name = people.names(List.of(author)).getOrDefault(author, "Someone");
        String title = "“" + thread.title() + "”";
        String link = ForumRoutes.post(thread.id(), post.id());
        send(mention, NotificationKind.MENTION, name + " mentioned you in " + title, link);
        send(reply, NotificationKind.FORUM_REPLY, name + " replied in " + title, link);
        send(followed, NotificationKind.FOLLOWED_THREAD, name + " posted in " + title + ", which you follow", link);
    }

    private void send(List<Long> recipients, NotificationKind kind, String title, String link) {
        if (!recipients.isEmpty()) {
            notifications.sendAll(recipients, kind, title, link);
        }
    }
}
