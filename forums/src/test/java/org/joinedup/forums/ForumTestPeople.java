package org.joinedup.forums;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.testing.DemoSignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * For forum tests about something other than newcomers: the demo people are made at start-up,
 * so in a test they are always on their first day, and a patient partner's first posts wait
 * for a moderator. These put them where an established member would be, through the same
 * services a moderator uses.
 */
public final class ForumTestPeople {

    private ForumTestPeople() {
    }

    /** Every account joined two days ago, so the posting rate is an established account's. */
    public static void establishAccounts(JdbcTemplate jdbc) {
        jdbc.update("update person set created_at = ?", Instant.now().minus(2, ChronoUnit.DAYS));
    }

    /**
     * Has the demo moderator approve two posts of this demo patient partner (a short thread of
     * introductions in Patient voice), so their later posts are not held as a newcomer's.
     */
    public static void trustPatientPartner(ApplicationContext context, String demoPerson) {
        ForumService forums = context.getBean(ForumService.class);
        ModerationService moderation = context.getBean(ModerationService.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        long patientVoice = DemoSignIn.actingAs(users, demoPerson, () -> forums.portalForums().stream()
                .filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE).findFirst().orElseThrow().id());
        PostDetails first = DemoSignIn.actingAs(users, demoPerson, () -> forums.startThread(patientVoice,
                new NewThread("Introductions", "Pleased to join the panel.", null)));
        PostDetails second = DemoSignIn.actingAs(users, demoPerson, () -> forums.reply(first.threadId(),
                new NewReply("Happy to read drafts too.", null)));
        for (PostDetails post : new PostDetails[] {first, second}) {
            if (post.status() == PostStatus.HELD) {
                DemoSignIn.actingAs(users, "moderator", () -> {
                    moderation.approve(post.id(), post.version());
                    return null;
                });
            }
        }
    }
}
