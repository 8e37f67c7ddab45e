package org.joinedup.pathway.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.YourDataService;
import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.notices.NewNotice;
import org.joinedup.pathway.notices.UrgentNotices;
import org.joinedup.pathway.workspace.MemberDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Your data" for pathway workspaces: what the download holds, and what closing an account
 * leaves. Each test that closes an account closes a person no other test here relies on.
 */
@JoinedUpTest
@DirtiesContext
class WorkspacePersonalDataTest extends KidneyPathwayTest {

    @Autowired
    YourDataService yourData;
    @Autowired
    DemoPeople demo;
    @Autowired
    UrgentNotices notices;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_download_holds_the_persons_memberships_comments_and_sign_offs_with_their_reasons() {
        signInAs("lmc");
        comments.addComment(pathway.gpStep(), "Practices need a recall template before this starts.");
        signInAs("gp");
        long proposal = proposals.open(pathway.workspaceId(), "First agreed version", LocalDate.now().plusDays(14)).id();
        signInAs("lmc");
        proposals.object(proposal, 1, CareSetting.PRIMARY, "No recall template yet.");

        JsonNode section = section(json.readTree(yourData.exportMyData().content()), "pathwayWorkspaces");

        assertThat(section.path("memberships").valueStream().toList()).anySatisfy(membership -> {
            assertThat(membership.path("workspace").asString()).isEqualTo("Chronic kidney disease \u2014 Test Place");
            assertThat(membership.path("role").asString()).isEqualTo("Setting representative");
            assertThat(membership.path("careSetting").asString()).isEqualTo("Primary care");
        });
        assertThat(section.path("comments").valueStream().toList()).anySatisfy(comment -> {
            assertThat(comment.path("step").asString()).isEqualTo("Annual kidney check");
            assertThat(comment.path("text").asString()).isEqualTo("Practices need a recall template before this starts.");
        });
        assertThat(section.path("signOffs").valueStream().toList()).anySatisfy(signOff -> {
            assertThat(signOff.path("proposal").asInt()).isEqualTo(1);
            assertThat(signOff.path("careSetting").asString()).isEqualTo("Primary care");
            assertThat(signOff.path("decision").asString()).isEqualTo("Objected");
            assertThat(signOff.path("reason").asString()).isEqualTo("No recall template yet.");
        });

        signInAs("gp");
        JsonNode convenor = section(json.readTree(yourData.exportMyData().content()), "pathwayWorkspaces");
        assertThat(convenor.path("proposalsOpened").valueStream().map(p -> p.path("summary").asString()))
                .contains("First agreed version");
        assertThat(convenor.path("stepsLastEdited").valueStream().map(s -> s.path("step").asString()))
                .contains("Annual kidney check", "Renal clinic review");
        assertThat(convenor.path("draftChanges").valueStream().map(c -> c.path("item").asString() + " "
                + c.path("change").asString().toLowerCase() + ": " + c.path("title").asString()))
                .contains("Stage added: Recognition", "Step added: Annual kidney check");
        assertThat(convenor.toString()).as("the lmc's comment is not the convenor's data")
                .doesNotContain("recall template");
    }

    @Test
    void closing_an_account_removes_the_text_of_its_comments_and_its_memberships_but_keeps_the_conversation() {
        signInAs("gp");
        workspaces.addMember(pathway.workspaceId(), personId("mentalhealth"),
                Membership.of(WorkspaceRole.EDITOR));
        signInAs("mentalhealth");
        CommentDetails written = comments.addComment(pathway.gpStep(), "My sister had this test last year.");
        signInAs("pharmacist");
        comments.addComment(pathway.gpStep(), "Thanks, noted for the medicines review.");
        publishAndRestore();
        signInAs("pharmacist");
        assertThat(section(json.readTree(yourData.exportMyData().content()), "pathwayWorkspaces")
                .path("commentsInReplacedDrafts").valueStream().map(comment -> comment.path("text").asString()))
                .contains("Thanks, noted for the medicines review.");
        signInAs("mentalhealth");
        yourData.closeMyAccount(demo.password());

        signInAs("gp");
        List<CommentDetails> thread = comments.comments(pathway.gpStep());
        assertThat(thread).extracting(CommentDetails::author).containsExactly("Former member", "Daniel Hughes");
        assertThat(thread.getFirst().id()).isEqualTo(written.id());
        assertThat(thread.getFirst().body()).isEqualTo(WorkspacePersonalData.ERASED_COMMENT);
        assertThat(thread.get(1).body()).isEqualTo("Thanks, noted for the medicines review.");
        assertThat(jdbc.queryForObject("select count(*) from step_comment where body like '%sister%'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("select body from draft_snapshot_comment where body like '%sister%' or body = ?",
                String.class, WorkspacePersonalData.ERASED_COMMENT)).as("erased in the kept draft too")
                .containsExactly(WorkspacePersonalData.ERASED_COMMENT);
        assertThat(workspaces.members(pathway.workspaceId())).extracting(MemberDetails::displayName)
                .doesNotContain("Former member")
                .contains("Jo Williams");
    }

    @Test
    void urgent_notices_stay_attributed_and_the_record_of_pathways_opened_goes_with_the_account() {
        publishAsAgreed("First agreed version");
        signInAs("gp");
        long notice = notices.draft(pathway.workspaceId(), new NewNotice("Ramipril shortage", "Use lisinopril.", false,
                LocalDate.now().plusDays(7), null)).id();
        signInAs("lmc");
        notices.agree(pathway.workspaceId(), notice);
        signInAs("publichealth");
        history.published(pathway.workspaceId(), 1);

        JsonNode reader = section(json.readTree(yourData.exportMyData().content()), "pathwayWorkspaces");
        assertThat(reader.path("publishedPathwaysOpened").valueStream().toList()).singleElement().satisfies(opened -> {
            assertThat(opened.path("workspace").asString()).isEqualTo("Chronic kidney disease \u2014 Test Place");
            assertThat(opened.path("page").asString()).isEqualTo("the published pathway");
        });
        signInAs("lmc");
        assertThat(section(json.readTree(yourData.exportMyData().content()), "pathwayWorkspaces").path("urgentNotices")
                .valueStream().toList()).singleElement().satisfies(item -> {
                    assertThat(item.path("notice").asString()).isEqualTo("Ramipril shortage");
                    assertThat(item.path("agreed").asBoolean()).isTrue();
                    assertThat(item.path("drafted").asBoolean()).isFalse();
                });

        long readerId = personId("publichealth");
        signInAs("publichealth");
        yourData.closeMyAccount(demo.password());

        assertThat(jdbc.queryForObject("select count(*) from pathway_opening where person_id = ?", Integer.class, readerId))
                .isZero();
        assertThat(jdbc.queryForObject("select agreed_by from urgent_notice where id = ?", Long.class, notice))
                .as("the notice stays attributed").isEqualTo(personId("lmc"));
    }

    /** Publishes the pathway as it stands, then restores that version, which keeps the draft with its comments. */
    private void publishAndRestore() {
        publishAsAgreed("Agreed for now");
        history.restore(pathway.workspaceId(), 1);
    }

    static JsonNode section(JsonNode file, String name) {
        return file.path("sections").valueStream()
                .filter(section -> section.path("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("The download has no section " + name)).path("data");
    }
}
