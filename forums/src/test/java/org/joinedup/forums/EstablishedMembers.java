package org.joinedup.forums;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For forum tests about something other than newcomers. The demo people are made at start-up,
 * so in a test they are always on their first day, and a patient partner's first posts wait
 * for a moderator. Before the class's first test this makes every account two days old and
 * has the demo moderator approve two posts of the demo patient partner (a short thread of
 * introductions in Patient voice), through the same services a moderator uses. The class
 * needs a database of its own ({@code @DirtiesContext}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EstablishedMembers.Settling.class)
public @interface EstablishedMembers {

    /** Settles the people once, before the class's first test, in the class's own Spring context. */
    final class Settling implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext extension) {
            ApplicationContext context = SpringExtension.getApplicationContext(extension);
            context.getBean(JdbcTemplate.class).update("update person set created_at = ?",
                    Instant.now().minus(2, ChronoUnit.DAYS));
            trustPatientPartner(context, "patient");
        }

        private static void trustPatientPartner(ApplicationContext context, String demoPerson) {
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
}
