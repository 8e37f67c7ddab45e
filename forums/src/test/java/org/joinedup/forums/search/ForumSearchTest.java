package org.joinedup.forums.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.joinedup.forums.EstablishedMembers;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Searching the forums through the real index. Each test uses words of its own, as the tests
 * share one schema and index. Dr Owen Price (locum), Maria Costa (socialcare) and Dr Priya Shah
 * (gp) are clinicians; Margaret Hill (patient) is the only patient partner; Lucy Evans
 * (moderator) moderates.
 */
@JoinedUpTest
@DirtiesContext
@EstablishedMembers
class ForumSearchTest {

    /** A valid NHS number (check digit 4), as a patient might write their own. */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    ForumSearch search;
    @Autowired
    ForumService forums;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void a_post_in_a_members_only_workspace_is_found_by_its_members_and_moderators_and_by_nobody_else() {
        long workspace = as("locum", () -> workspaces.create(new NewWorkspace("Psoriasis", "Search Place",
                WorkspaceVisibility.MEMBERS_ONLY, 24)).id());
        long forumId = as("locum", () -> forums.workspaceForum(workspace).id());
        PostDetails post = as("locum", () -> forums.startThread(forumId,
                new NewThread("Biologics clinic", "The biologics clinic waiting list is long.", null)));

        assertThat(found("socialcare", "biologics")).as("a clinician who is not a member").isEmpty();
        assertThat(count("socialcare", "biologics")).isZero();
        assertThat(found("patient", "biologics")).as("a patient partner who is not a member").isEmpty();
        assertThat(as("socialcare", () -> search.search(new ForumQuery("biologics", null, workspace), 0, 10)))
                .as("naming the pathway does not open it").isEmpty();
        assertThat(found("locum", "biologics")).containsExactly(post.id());
        assertThat(found("moderator", "biologics")).containsExactly(post.id());

        as("locum", () -> workspaces.addMember(workspace, id("patient"), Membership.of(WorkspaceRole.PATIENT_PARTNER)));
        assertThat(found("patient", "biologics")).as("a patient partner once a member").containsExactly(post.id());
        as("locum", () -> workspaces.addMember(workspace, id("socialcare"), Membership.of(WorkspaceRole.OBSERVER)));
        assertThat(found("socialcare", "biologics")).as("a clinician once a member").containsExactly(post.id());
        as("locum", () -> {
            workspaces.removeMember(workspace, id("socialcare"));
            return null;
        });
        assertThat(found("socialcare", "biologics")).as("removed again").isEmpty();
    }

    @Test
    void the_forum_of_a_workspace_open_to_every_clinician_is_searched_by_every_clinician_but_not_patient_partners() {
        long workspace = as("locum", () -> workspaces.create(new NewWorkspace("Eczema", "Open Place",
                WorkspaceVisibility.ALL_CLINICIANS, 24)).id());
        long forumId = as("locum", () -> forums.workspaceForum(workspace).id());
        PostDetails post = as("locum", () -> forums.startThread(forumId,
                new NewThread("Emollients", "Emollient prescribing differs between practices.", null)));
        assertThat(found("socialcare", "emollient")).containsExactly(post.id());
        assertThat(found("patient", "emollient")).isEmpty();
        assertThat(found("admin", "emollient")).as("an administrator reads only the portal-wide forums").isEmpty();
    }

    @Test
    void interface_issues_are_not_found_by_patient_partners() {
        PostDetails post = as("gp", () -> forums.startThread(forum(ForumKind.INTERFACE_ISSUES),
                new NewThread("Fit notes", "Fit notes after surgery are left to the practice.", null)));
        assertThat(found("nurse", "surgery")).containsExactly(post.id());
        assertThat(found("patient", "surgery")).isEmpty();
    }

    @Test
    void a_held_post_is_found_only_by_its_author_until_it_is_published_and_again_when_held_by_an_edit() {
        PostDetails held = as("patient", () -> forums.startThread(forum(ForumKind.PATIENT_VOICE),
                new NewThread("My kidney transplant", "My transplant letter had my number " + NHS_NUMBER + " on it.",
                        null)));
        assertThat(held.status()).isEqualTo(PostStatus.HELD);
        assertThat(found("gp", "transplant")).isEmpty();
        assertThat(found("patient", "transplant")).as("the author finds their own held post").containsExactly(held.id());

        PostDetails published = as("patient", () -> forums.edit(held.id(), held.version(),
                "My transplant letter was clear and kind."));
        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(found("gp", "transplant")).as("re-indexed when published").containsExactly(held.id());
        assertThat(found("gp", "kind")).containsExactly(held.id());

        PostDetails heldAgain = as("patient", () -> forums.edit(held.id(), published.version(),
                "My transplant number is " + NHS_NUMBER + "."));
        assertThat(heldAgain.status()).isEqualTo(PostStatus.HELD);
        assertThat(found("gp", "transplant")).as("re-indexed when held again").isEmpty();
        assertThat(found("gp", "kind")).as("the old text is gone from the index").isEmpty();
    }

    @Test
    void posts_in_a_hidden_thread_are_found_only_by_moderators() {
        PostDetails post = as("gp", () -> forums.startThread(forum(ForumKind.PATIENT_VOICE),
                new NewThread("Parking", "Hospital parking charges upset patients.", null)));
        jdbc.update("update forum_thread set hidden = true where id = ?", post.threadId());
        assertThat(found("nurse", "parking")).isEmpty();
        assertThat(found("moderator", "parking")).containsExactly(post.id());
    }

    @Test
    void words_find_posts_by_prefix_phrase_and_thread_title_and_pages_are_stable() {
        long forumId = forum(ForumKind.PATIENT_VOICE);
        PostDetails opening = as("gp", () -> forums.startThread(forumId,
                new NewThread("Anticoagulation reviews", "Who reviews warfarin doses after discharge?", null)));
        PostDetails reply = as("nurse", () -> forums.reply(opening.threadId(),
                new NewReply("The anticoagulation clinic does, not the practice.", null)));

        assertThat(found("patient", "warfarin")).containsExactly(opening.id());
        assertThat(found("patient", "warf*")).as("a prefix").containsExactly(opening.id());
        assertThat(found("patient", "\"anticoagulation clinic\"")).as("a phrase").containsExactly(reply.id());
        assertThat(found("patient", "\"clinic anticoagulation\"")).isEmpty();
        assertThat(found("patient", "anticoagulation")).as("the thread's title is searched too")
                .containsExactlyInAnyOrder(opening.id(), reply.id());
        assertThat(found("patient", "warfarin practice")).as("every word must match").isEmpty();
        assertThat(count("patient", "anticoagulation")).isEqualTo(2);
        List<PostHit> first = as("patient", () -> search.search(ForumQuery.words("anticoagulation"), 0, 1));
        List<PostHit> second = as("patient", () -> search.search(ForumQuery.words("anticoagulation"), 1, 1));
        assertThat(List.of(first.getFirst().postId(), second.getFirst().postId()))
                .containsExactlyInAnyOrder(opening.id(), reply.id());

        PostHit hit = as("patient", () -> search.search(ForumQuery.words("warfarin"), 0, 10)).getFirst();
        assertThat(hit.threadTitle()).isEqualTo("Anticoagulation reviews");
        assertThat(hit.forumTitle()).isEqualTo("Patient voice");
        assertThat(hit.authorName()).isEqualTo("Dr Priya Shah");
        assertThat(hit.excerpt()).isEqualTo("Who reviews warfarin doses after discharge?");
        assertThat(hit.link()).isEqualTo("forums/threads/" + opening.threadId() + "?post=" + opening.id());
    }

    @Test
    void by_finds_posts_by_authors_display_name_and_a_pathway_limits_to_its_forum() {
        PathwayFixture fixture = new PathwayFixture(context);
        long workspace = fixture.workspace("Asthma", "Author Place");
        long workspaceForum = as("gp", () -> forums.workspaceForum(workspace).id());
        PostDetails inPathway = as("gp", () -> forums.startThread(workspaceForum,
                new NewThread("Inhaler technique", "Spacers help with inhaler technique.", null)));
        PostDetails inPatientVoice = as("nurse", () -> forums.startThread(forum(ForumKind.PATIENT_VOICE),
                new NewThread("Inhalers and spacers", "Spacers are hard to get for inhaler users.", null)));

        assertThat(found("patient", "spacers")).containsExactlyInAnyOrder(inPathway.id(), inPatientVoice.id());
        assertThat(as("patient", () -> search.search(new ForumQuery("spacers", "priya", null), 0, 10)))
                .extracting(PostHit::postId).containsExactly(inPathway.id());
        assertThat(as("patient", () -> search.search(new ForumQuery("", "Jo Williams", null), 0, 10)))
                .as("an author without words, newest first").extracting(PostHit::postId).first()
                .isEqualTo(inPatientVoice.id());
        assertThat(as("patient", () -> search.search(new ForumQuery("spacers", "nobody of that name", null), 0, 10)))
                .isEmpty();
        assertThat(as("patient", () -> search.search(new ForumQuery("spacers", null, workspace), 0, 10)))
                .extracting(PostHit::postId).containsExactly(inPathway.id());
        assertThat(as("patient", () -> search.count(new ForumQuery("spacers", null, workspace)))).isEqualTo(1);
    }

    @Test
    void welsh_and_emoji_text_is_found_and_accents_need_not_be_typed() {
        PostDetails post = as("patient", () -> forums.startThread(forum(ForumKind.PATIENT_VOICE),
                new NewThread("Gwasanaeth yn Gymraeg", "Roedd y nyrs yn siarad Cymraeg â fi am y dŵr 💧 — diolch! 🙏",
                        null)));
        assertThat(found("gp", "dŵr")).containsExactly(post.id());
        assertThat(found("gp", "dwr")).as("without the circumflex").containsExactly(post.id());
        assertThat(found("gp", "Diolch")).containsExactly(post.id());
        assertThat(found("gp", "gymraeg")).as("in the title").containsExactly(post.id());
        assertThat(found("gp", "💧")).as("an emoji").containsExactly(post.id());
        assertThat(as("gp", () -> search.search(ForumQuery.words("diolch"), 0, 10)).getFirst().excerpt())
                .contains("dŵr 💧 — diolch! 🙏");
    }

    @Test
    void an_empty_or_overlong_query_finds_nothing_or_is_refused() {
        assertThat(as("gp", () -> search.search(ForumQuery.words("  "), 0, 10))).isEmpty();
        assertThat(as("gp", () -> search.count(ForumQuery.words("")))).isZero();
        assertThatThrownBy(() -> as("gp", () -> search.search(ForumQuery.words("a".repeat(201)), 0, 10)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_start_up_index_check_covers_forum_posts_and_rebuilding_the_index_keeps_thread_titles_and_places()
            throws InterruptedException {
        assertThat(Search.mapping(entityManagerFactory).allIndexedEntities()).extracting(SearchIndexedEntity::jpaName)
                .contains("ForumPost");
        long workspace = new PathwayFixture(context).workspace("Glaucoma", "Rebuild Place");
        long forumId = as("gp", () -> forums.workspaceForum(workspace).id());
        PostDetails post = as("gp", () -> forums.startThread(forumId,
                new NewThread("Pressure checks", "Optometrists could do the repeat readings.", null)));

        try (var entityManager = entityManagerFactory.createEntityManager()) {
            Search.session(entityManager).massIndexer(org.joinedup.forums.internal.PostEntity.class).startAndWait();
        }
        assertThat(found("patient", "pressure")).as("the title, written by the bridge when rebuilding")
                .containsExactly(post.id());
        assertThat(as("patient", () -> search.search(new ForumQuery("optometrists", null, workspace), 0, 10)))
                .as("the workspace, written by the bridge").extracting(PostHit::postId).containsExactly(post.id());
        assertThat(found("locum", "optometrists")).isEmpty();
    }

    @Test
    void excerpts_are_plain_text_around_the_first_word_searched_for() {
        assertThat(ForumSearch.plain("## Title\n\n> quoted **bold** [a link](https://example.org) `code`"))
                .isEqualTo("Title quoted bold a link code");
        String body = "word ".repeat(100) + "needle " + "word ".repeat(100);
        String excerpt = ForumSearch.excerpt(body, ForumSearch.terms("needle"));
        assertThat(excerpt).startsWith("…").endsWith("…").contains("needle").hasSizeLessThanOrEqualTo(242);
    }

    private List<Long> found(String person, String words) {
        return as(person, () -> search.search(ForumQuery.words(words), 0, 20)).stream().map(PostHit::postId).toList();
    }

    private long count(String person, String words) {
        return as(person, () -> search.count(ForumQuery.words(words)));
    }

    private long forum(ForumKind kind) {
        return as("gp", () -> forums.portalForums().stream().filter(forum -> forum.kind() == kind)
                .map(ForumSummary::id).findFirst().orElseThrow());
    }

    private long id(String person) {
        return new PathwayFixture(context).personId(person);
    }

    private <T> T as(String person, Supplier<T> action) {
        return DemoSignIn.actingAs(users, person, action);
    }
}
