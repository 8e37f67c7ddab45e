package org.joinedup.forums.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The posting limits through the forum service. The clock stands still unless a test moves
 * it; every test that depends on the time of day first moves it to 14:00 UTC (14:00 in
 * London in November and December) on a day after anything earlier tests wrote, and each
 * uses people no other test here limits.
 */
@JoinedUpTest
@DirtiesContext
@Import(MovableClock.Configuration.class)
class PostingLimitsTest {

    /** A valid NHS number (check digit 4). */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    ForumService forums;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    MovableClock clock;

    private Approvals approvals;
    private long patientVoice;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(context);
        DemoSignIn.as(users, "gp");
        patientVoice = forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .findFirst().map(ForumSummary::id).orElseThrow();
    }

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    /** Moves the clock to 14:00 UTC on the next day and returns that moment. */
    private Instant tomorrowAtTwo() {
        Instant now = clock.instant();
        Instant target = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atTime(14, 0).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(now, target));
        return target;
    }

    private PostDetails thread(String title, String body) {
        return forums.startThread(patientVoice, new NewThread(title, body, null));
    }

    // First posts

    @Test
    void a_new_patient_partners_posts_are_held_until_a_moderator_has_approved_two_of_them() {
        DemoSignIn.as(users, "patient");
        PostDetails first = thread("Home dialysis", "We started home dialysis in the spring and it changed our week.");
        assertThat(first.status()).isEqualTo(PostStatus.HELD);
        assertThat(first.holdReason()).isEqualTo(HoldReason.FIRST_POSTS);
        assertThat(first.holdDetail()).isEqualTo("Once a moderator has approved 2 of your posts, the next ones appear "
                + "straight away. Approved so far: 0.");
        assertThat(first.holdReason().explanation())
                .isEqualTo("A moderator reads the first posts of every new patient partner before they appear.");

        approvals.approve(first.id());
        PostDetails second = forums.reply(first.threadId(), new NewReply("The nurse visits made the difference.", null));
        assertThat(second.holdReason()).isEqualTo(HoldReason.FIRST_POSTS);
        assertThat(second.holdDetail()).endsWith("Approved so far: 1.");

        approvals.approve(second.id());
        PostDetails third = forums.reply(first.threadId(), new NewReply("Happy to answer questions about it.", null));
        assertThat(third.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(forums.countPosts(first.threadId())).isEqualTo(3);

        DemoSignIn.as(users, "nurse");
        assertThat(forums.posts(first.threadId(), 0, 10)).extracting(PostDetails::status)
                .containsOnly(PostStatus.PUBLISHED).hasSize(3);
    }

    @Test
    void staff_are_not_held_as_new_and_identifiers_are_named_before_first_posts() {
        DemoSignIn.as(users, "pharmacist");
        assertThat(thread("Repeat prescriptions", "Which pharmacy do you use for repeats?").status())
                .isEqualTo(PostStatus.PUBLISHED);

        DemoSignIn.as(users, "patient");
        PostDetails held = thread("My letter", "The letter had my NHS number " + NHS_NUMBER + " on the front.");
        assertThat(held.holdReason()).as("what it found matters more to the author than being new")
                .isEqualTo(HoldReason.IDENTIFIERS);
    }

    // Posting rate

    @Test
    void a_new_account_may_write_ten_posts_an_hour_and_is_told_when_it_can_post_again() {
        Instant two = tomorrowAtTwo();
        approvals.joined("nurse", two.minus(Duration.ofHours(2)));
        DemoSignIn.as(users, "nurse");
        PostDetails opening = thread("District nursing", "Post 1");
        for (int i = 2; i <= PostingLimits.FIRST_DAY_POSTS_PER_HOUR; i++) {
            clock.advance(Duration.ofMinutes(1));
            forums.reply(opening.threadId(), new NewReply("Post " + i, null));
        }
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> forums.reply(opening.threadId(), new NewReply("One too many", null)))
                .isInstanceOfSatisfying(PostingTooFastException.class, e -> {
                    assertThat(e.postAgainAt()).as("when the first post leaves the hour")
                            .isEqualTo(two.plus(Duration.ofHours(1)));
                    assertThat(e.getMessage()).isEqualTo("On the first day of a new account, you can write up to "
                            + "10 posts an hour and 20 a day, and you have reached that. You can post again from "
                            + "15:00 today (UK time). Your text is still in the form.");
                    assertThat(e.messages()).containsKey("body");
                });
        assertThat(forums.edit(opening.id(), opening.version(), "Post 1, edited").status())
                .as("an edit adds no post, so it is not limited").isEqualTo(PostStatus.PUBLISHED);

        clock.advance(Duration.ofMinutes(50));
        assertThat(forums.reply(opening.threadId(), new NewReply("An hour on", null)).status())
                .isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void a_new_account_that_used_its_first_day_may_post_again_when_the_day_ends() {
        Instant two = tomorrowAtTwo();
        approvals.joined("consultant", two.minus(Duration.ofHours(1)));
        DemoSignIn.as(users, "consultant");
        PostDetails opening = thread("Clinic letters", "Reply 1");
        for (int i = 2; i <= PostingLimits.FIRST_DAY_POSTS_PER_DAY; i++) {
            clock.advance(Duration.ofMinutes(10));
            forums.reply(opening.threadId(), new NewReply("Reply " + i, null));
        }
        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> forums.reply(opening.threadId(), new NewReply("One too many", null)))
                .isInstanceOfSatisfying(PostingTooFastException.class, e -> {
                    assertThat(e.postAgainAt()).as("the account's first day ends a day after it was made")
                            .isEqualTo(two.plus(Duration.ofHours(23)));
                    assertThat(e.getMessage()).contains("You can post again from 13:00 tomorrow (UK time).");
                });
    }

    @Test
    void an_established_account_may_write_thirty_posts_an_hour() {
        Instant two = tomorrowAtTwo();
        approvals.joined("lmc", two.minus(Duration.ofDays(30)));
        DemoSignIn.as(users, "lmc");
        PostDetails opening = thread("LMC update", "Update 1");
        for (int i = 2; i <= PostingLimits.POSTS_PER_HOUR; i++) {
            clock.advance(Duration.ofSeconds(30));
            forums.reply(opening.threadId(), new NewReply("Update " + i, null));
        }
        clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> forums.startThread(patientVoice, new NewThread("Another", "One too many", null)))
                .isInstanceOfSatisfying(PostingTooFastException.class, e -> assertThat(e.getMessage())
                        .startsWith("You can write up to 30 posts an hour and 150 a day, and you have reached that.")
                        .contains("You can post again from 15:00 today (UK time)."));
    }

    @Test
    void moderators_are_not_limited() {
        approvals.joined("moderator", tomorrowAtTwo());
        DemoSignIn.as(users, "moderator");
        PostDetails opening = thread("Welcome", "Welcome to Patient voice.");
        for (int i = 0; i < PostingLimits.FIRST_DAY_POSTS_PER_HOUR + 2; i++) {
            assertThat(forums.reply(opening.threadId(), new NewReply("Notice " + i, null)).status())
                    .isEqualTo(PostStatus.PUBLISHED);
        }
    }

    // Long posts, links and repeats

    @Test
    void a_very_long_post_is_held_and_says_how_long_it_is() {
        DemoSignIn.as(users, "socialcare");
        assertThat(thread("Just long enough", "a".repeat(PostingLimits.LONG_POST)).status())
                .isEqualTo(PostStatus.PUBLISHED);
        PostDetails held = thread("Too long", "b".repeat(PostingLimits.LONG_POST + 1));
        assertThat(held.holdReason()).isEqualTo(HoldReason.LONG);
        assertThat(held.holdDetail()).isEqualTo("6,001 characters; posts longer than 6,000 are read by a moderator first.");

        PostDetails published = thread("Short at first", "Care packages after discharge.");
        PostDetails edited = forums.edit(published.id(), published.version(), "c".repeat(PostingLimits.LONG_POST + 10));
        assertThat(edited.holdReason()).as("an edit is held for length too").isEqualTo(HoldReason.LONG);
    }

    @Test
    void a_post_with_more_than_five_links_is_held_counting_links_as_readers_see_them() {
        DemoSignIn.as(users, "publichealth");
        String five = """
                Leaflets: [kidney care](https://www.kidneycareuk.org), https://www.nhs.uk/conditions/kidney-disease/,
                <https://www.nice.org.uk/guidance/ng203>, www.thinkkidneys.nhs.uk and [the trust](http://example.org).

                    https://in.a.code.block/is/not/a/link
                """;
        assertThat(thread("Five links", five).status()).isEqualTo(PostStatus.PUBLISHED);

        PostDetails held = thread("Seven links", five + "\nAlso https://a.example.org and https://b.example.org.");
        assertThat(held.holdReason()).isEqualTo(HoldReason.LINKS);
        assertThat(held.holdDetail()).isEqualTo("7 links; posts with more than 5 are read by a moderator first.");
        assertThat(held.holdReason().explanation()).isEqualTo("It has many links, so a moderator reads it before it "
                + "appears.");
    }

    @Test
    void a_post_repeating_the_authors_post_of_the_last_day_word_for_word_is_held_in_any_thread() {
        tomorrowAtTwo();
        DemoSignIn.as(users, "mentalhealth");
        String text = "Our crisis line is open all night for anyone on the community team's caseload.";
        PostDetails first = thread("Crisis line", text);
        assertThat(first.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(thread("Short thanks", "Thank you, that really helps.").status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(forums.reply(first.threadId(), new NewReply("Thank you, that really helps.", null)).status())
                .as("short courtesies may be said twice").isEqualTo(PostStatus.PUBLISHED);

        clock.advance(Duration.ofHours(3));
        PostDetails repeat = thread("Out of hours", "  OUR crisis line is open all night\nfor anyone on the "
                + "community team's   caseload. ");
        assertThat(repeat.status()).isEqualTo(PostStatus.HELD);
        assertThat(repeat.holdReason()).isEqualTo(HoldReason.REPEATED);
        assertThat(repeat.holdDetail()).isEqualTo("The same words as your post of "
                + PortalTime.dateTime(first.createdAt()) + ".").endsWith(", 14:00.");
        assertThat(repeat.holdReason().explanation()).isEqualTo("It repeats, word for word, a post you wrote in the "
                + "last day, so a moderator reads it before it appears.");

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(forums.reply(first.threadId(), new NewReply(text, null)).status())
                .as("a day after the last time it was written, the text may be written again")
                .isEqualTo(PostStatus.PUBLISHED);
    }

}
