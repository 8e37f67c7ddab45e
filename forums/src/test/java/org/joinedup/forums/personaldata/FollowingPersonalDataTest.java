package org.joinedup.forums.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.joinedup.forums.following.HelpfulReactions;
import org.joinedup.forums.following.ThreadFollowing;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A person's follows, "helpful" reactions and notices are in their data and go when their account closes. */
@JoinedUpTest
@DirtiesContext
class FollowingPersonalDataTest {

    @Autowired
    ForumsPersonalData personalData;
    @Autowired
    ForumService forums;
    @Autowired
    ThreadFollowing following;
    @Autowired
    HelpfulReactions helpful;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void follows_and_reactions_are_exported_and_erased() {
        long forum = as("gp", () -> forums.portalForums().stream().filter(f -> f.kind() == ForumKind.PATIENT_VOICE)
                .findFirst().orElseThrow().id());
        PostDetails first = as("gp", () -> forums.startThread(forum, new NewThread("Follow-up calls", "Who rings?", null)));
        PostDetails second = as("gp", () -> forums.startThread(forum, new NewThread("Car parks", "Too few.", null)));
        as("nurse", () -> forums.reply(first.threadId(), new NewReply("The nurse specialist.", null)));
        as("nurse", () -> helpful.toggle(first.id()));
        as("nurse", () -> {
            following.unfollow(second.threadId());
            return null;
        });
        long nurse = new PathwayFixture(context).personId("nurse");

        Map<String, Object> data = new TransactionTemplate(transactionManager)
                .execute(status -> personalData.export(nurse).data());
        assertThat(data.get("threads followed")).asInstanceOf(LIST)
                .containsExactly(first.threadId());
        assertThat(data.get("threads you stopped following"))
                .asInstanceOf(LIST).containsExactly(second.threadId());
        assertThat(data.get("posts you found helpful")).asInstanceOf(LIST)
                .containsExactly(first.id());

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> personalData.erase(nurse));
        for (String table : List.of("forum_thread_follow", "forum_post_reaction", "forum_post_notice")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where person_id = ?", Long.class, nurse))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from forum_post_notice where person_id = ?", Long.class,
                new PathwayFixture(context).personId("gp"))).as("others' rows stay").isPositive();
    }

    private <T> T as(String person, Supplier<T> action) {
        return DemoSignIn.actingAs(users, person, action);
    }
}
