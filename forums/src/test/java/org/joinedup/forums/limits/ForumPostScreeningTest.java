package org.joinedup.forums.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.platform.screening.IdentifierKind;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Posts as a patient partner writes them about their own care, run through the forum
 * service with the shared identifier screening. A post that may identify someone is held
 * (not refused) with what was found named and the text kept; everything else appears. The
 * author is a patient partner whose earlier posts a moderator has approved, so that only
 * the screen decides.
 */
@JoinedUpTest
@DirtiesContext
class ForumPostScreeningTest {

    @Autowired
    ForumService forums;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    private long patientVoice;

    @BeforeEach
    void aPatientPartnerWhoseFirstPostsWereApproved() {
        Approvals approvals = new Approvals(context);
        approvals.joined("patient", clock.instant().minus(Duration.ofDays(30)));
        DemoSignIn.as(users, "patient");
        patientVoice = forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .findFirst().map(ForumSummary::id).orElseThrow();
        Integer approved = jdbc.queryForObject("select count(*) from forum_post p join person u on u.id = p.author_id "
                + "where u.email = ? and p.published_at is not null", Integer.class, "patient" + DemoSignIn.DOMAIN);
        if (approved == null || approved < PostingLimits.APPROVED_POSTS_BEFORE_TRUSTED) {
            for (int i = 1; i <= PostingLimits.APPROVED_POSTS_BEFORE_TRUSTED; i++) {
                approvals.approve(forums.startThread(patientVoice, new NewThread("Hello " + i,
                        "Hello from the kidney patients' group, part " + i + ".", null)).id());
            }
        }
    }

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    /**
     * A freephone helpline is published: numbers starting 03, 08 and 09 belong to
     * organisations, not people, so the screen lets them through (as it does in pathways).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            NHS_NUMBER            | My NHS number is 943 476 5919 if anyone at the renal unit wants to check my notes.
            NHS_NUMBER            | They wrote 9434765919 on my dialysis letter, and that is my number.
            published             | My NHS number is 943 476 5918, or so I thought, but the check digit is wrong.
            DATE_OF_BIRTH         | I was born 3/4/1950 and have had kidney disease since my forties.
            DATE_OF_BIRTH         | My DOB is 03.04.1950, and the portal still shows the wrong one.
            published             | I was born in 1950 and I still drive myself to dialysis.
            published             | My appointment on 03/04/2027 was cancelled twice.
            PHONE_NUMBER          | Text me on 07700 900123 if you want to talk about home dialysis.
            published             | The transport helpline, 0800 123 4567, kept me on hold for an hour.
            published             | The Kidney Care UK helpline on 0808 801 0000 was a lifeline after my diagnosis.
            POSTCODE_WITH_ADDRESS | We live at 12 Acacia Avenue, Leeds LS6 2AB, and transport never finds the house.
            published             | The clinic in LS1 moved upstairs and the lift is often broken.
            EMAIL_ADDRESS         | Email me at margaret.hill@example.com and I will send you the leaflet.
            published             | Roedd y nyrs arennau yn garedig iawn, ac fe esboniodd bopeth am y driniaeth yn Gymraeg.
            """)
    void a_patient_partners_story_is_held_only_when_it_may_identify_someone(String outcome, String story) {
        PostDetails post = forums.startThread(patientVoice, new NewThread("My story", story, null));

        assertThat(post.body()).as("the text is kept either way").isEqualTo(story);
        if (outcome.equals("published")) {
            assertThat(post.status()).as("held for %s", post.holdDetail()).isEqualTo(PostStatus.PUBLISHED);
        } else {
            IdentifierKind kind = IdentifierKind.valueOf(outcome);
            assertThat(post.status()).isEqualTo(PostStatus.HELD);
            assertThat(post.holdReason()).isEqualTo(HoldReason.IDENTIFIERS);
            assertThat(post.holdDetail()).startsWith("Found: what looks like " + kind.description() + " at characters ");
        }
    }
}
