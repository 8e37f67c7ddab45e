package org.joinedup.portal.published;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.VersionSummary;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.joinedup.portal.layout.NotFoundView;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.annotation.DirtiesContext;

/** Publishes a pathway, so it gets a database of its own; the pathway is built once for the class. */
@DirtiesContext
class PrintablePathwayViewTest extends KaribuTest {

    static final String SCRIPT_DESCRIPTION = """
            Check **both** feet.

            <script>alert('description')</script>

            <img src=x onerror="alert('img')">

            [Open the guidance](javascript:alert('link'))
            """;

    private static final HandoverFields HANDOVER = new HandoverFields("High-risk foot found", "Photos of the foot",
            "The practice nurse", "Within 1 working day");

    private static long workspaceId;
    private static VersionSummary version;

    @BeforeEach
    void publishOnce() {
        if (workspaceId != 0) {
            return;
        }
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Diabetic foot care", "East Place");
        StageDetails screening = fixture.stage(workspaceId, "Screening and triage");
        StepDetails check = fixture.step(screening, new StepFields("Annual foot check", SCRIPT_DESCRIPTION,
                CareSetting.PRIMARY, "Practice nurse", "Everyone on the diabetes register", "Risk level recorded",
                "Monofilament test", true, "None at this step", "", "Every 12 months",
                "A nurse looks at your feet.", "NICE NG19, *recommendation 1.3.4*", "",
                "https://www.nice.org.uk/guidance/ng19"));
        StepDetails podiatry = fixture.step(screening, StepFields.titled("Urgent foot review", CareSetting.COMMUNITY));
        StageDetails specialist = fixture.stage(workspaceId, "Specialist care");
        StepDetails clinic = fixture.step(specialist, StepFields.titled("Foot clinic", CareSetting.SECONDARY));
        fixture.handover(check, podiatry, HANDOVER);
        fixture.handover(podiatry, clinic, HandoverFields.triggeredBy("Spreading infection"));
        version = fixture.publish(workspaceId, "First agreed version.");
    }

    @Test
    void a_clinician_in_the_workspace_sees_every_stage_step_and_field_with_the_version_and_publication_date() {
        signInAs("consultant");

        navigateTo(print(version.number()));

        assertThat(currentView()).isEqualTo(PrintablePathwayView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Diabetic foot care \u2014 East Place");
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Version 1, published on "
                + PortalTime.dateTime(version.publishedAt()) + " by Dr Priya Shah"));
        assertThat(_find(H2.class)).extracting(H2::getText)
                .containsSubsequence("Stage 1: Screening and triage", "Stage 2: Specialist care", "Hand-overs");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("1.1 Annual foot check", "1.2 Urgent foot review",
                "2.1 Foot clinic");
        String firstStep = stepText("1.1 Annual foot check");
        assertThat(firstStep).contains("Care setting", "Primary care", "Responsible role or team", "Practice nurse",
                "Entry criteria", "Everyone on the diabetes register", "Exit criteria", "Risk level recorded",
                "Diagnostics", "Monofilament test", "Diagnostics can be done in the community", "Yes",
                "Prescribing responsibility", "None at this step", "Expected timescale", "Every 12 months",
                "What to expect (for patients)", "A nurse looks at your feet.", "Shared-care protocol", "Not stated");
        assertThat(markdownShownIn("1.1 Annual foot check")).anyMatch(html -> html.contains("<em>recommendation 1.3.4</em>"))
                .anyMatch(html -> html.contains("href=\"https://www.nice.org.uk/guidance/ng19\""));
    }

    @Test
    void the_hand_overs_show_the_steps_and_settings_they_join_and_what_was_agreed_about_them() {
        signInAs("consultant");

        navigateTo(print(version.number()));

        assertThat(stepText("Annual foot check (Primary care) \u2192 Urgent foot review (Community care)"))
                .contains("Trigger", "High-risk foot found", "Information that travels", "Photos of the foot",
                        "Who acts on pending results", "The practice nurse", "Expected response time",
                        "Within 1 working day");
        assertThat(stepText("Urgent foot review (Community care) \u2192 Foot clinic (Secondary care)"))
                .contains("Spreading infection", HandoverFields.DEFAULT_PENDING_RESULTS);
    }

    @ParameterizedTest
    @EnumSource(value = StepField.class, names = "TITLE", mode = EnumSource.Mode.EXCLUDE)
    void every_field_of_a_step_is_printed_under_its_label(StepField field) {
        signInAs("consultant");

        navigateTo(print(version.number()));

        assertThat(terms("1.1 Annual foot check")).contains(field.label());
    }

    @ParameterizedTest
    @EnumSource(HandoverField.class)
    void every_field_of_a_hand_over_is_printed_under_its_label_with_its_text(HandoverField field) {
        signInAs("consultant");

        navigateTo(print(version.number()));

        String heading = "Annual foot check (Primary care) \u2192 Urgent foot review (Community care)";
        assertThat(terms(heading)).contains(field.label());
        assertThat(stepText(heading)).contains(field.of(HANDOVER));
    }

    @Test
    void the_agreements_name_each_setting_who_agreed_and_when() {
        signInAs("consultant");

        navigateTo(print(version.number()));

        List<String> rows = _find(NativeTableRow.class).stream().map(row -> row.getElement().getTextRecursively())
                .toList();
        assertThat(rows).hasSize(1 + 3);
        assertThat(version.agreements()).hasSize(3).allSatisfy(agreement -> assertThat(rows).contains(
                agreement.careSetting().label() + agreement.agreedBy() + PortalTime.dateTime(agreement.agreedAt())));
        assertThat(rows).anyMatch(row -> row.startsWith("Primary careDr Ben Carter"))
                .anyMatch(row -> row.startsWith("Community careJo Williams"));
    }

    @Test
    void a_script_written_into_a_markdown_field_is_shown_as_text_and_cannot_run() {
        signInAs("consultant");

        navigateTo(print(version.number()));

        String description = markdownShownIn("1.1 Annual foot check").getFirst();
        assertThat(description).contains("<strong>both</strong>", "&lt;script&gt;alert(", "&lt;img src=x onerror=")
                .doesNotContainPattern("(?i)<script").doesNotContainPattern("(?i)<img")
                .doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=").doesNotContainPattern("(?i)href=\"?\\s*javascript");
        assertThat(description).contains("<p>Open the guidance</p>").doesNotContain("<a ");
    }

    @Test
    void the_diagram_links_each_step_to_its_place_on_this_page_and_says_the_hand_overs_in_words() {
        signInAs("consultant");

        navigateTo(print(version.number()));

        String page = print(version.number()) + "#" + PrintablePathwayView.STEP_ANCHOR;
        Anchor check = _get(Anchor.class, spec -> spec.withText("Step 1.1, Primary care: Annual foot check"));
        assertThat(check.getHref()).startsWith(page);
        String stepId = check.getHref().substring(check.getHref().indexOf('#') + 1);
        assertThat(_get(Article.class, spec -> spec.withId(stepId)).getElement().getTextRecursively())
                .contains("1.1 Annual foot check");
        assertThat(_get(Div.class, spec -> spec.withClasses("diagram-drawing")).getElement().getProperty("innerHTML"))
                .contains("href=\"" + check.getHref() + "\"", ">Community care</text>");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("Hands over to 1.2 Urgent foot review (Community care) when: High-risk foot found",
                        "Hands over to 2.1 Foot clinic (Secondary care) when: Spreading infection");
    }

    @Test
    void the_page_offers_the_fhir_download_of_this_version() {
        signInAs("consultant");

        navigateTo(print(version.number()));

        byte[] file = DownloadKt._download(_get(Anchor.class, spec -> spec.withText(FhirDownload.TEXT)));

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"resourceType\": \"PlanDefinition\"",
                "\"title\": \"Annual foot check\"", "\"version\": \"1\"");
    }

    @Test
    void a_patient_partner_of_the_workspace_gets_the_access_denied_page() {
        signInAs(PathwayFixture.PATIENT_PARTNER);

        assertThat(openAddress(print(version.number()))).isEqualTo(403);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void staff_who_are_neither_members_nor_clinicians_get_the_access_denied_page() {
        signInAs("moderator");

        assertThat(openAddress(print(version.number()))).isEqualTo(403);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void a_version_that_was_never_published_gets_the_not_found_page() {
        signInAs("consultant");

        assertThat(openAddress(print(version.number() + 1))).isEqualTo(404);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    private static String print(int versionNumber) {
        return "workspaces/" + workspaceId + "/versions/" + versionNumber + "/print";
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    /** Everything an article (a step or a hand-over) says, found by its heading. */
    private static String stepText(String heading) {
        return article(heading).getElement().getTextRecursively();
    }

    private static List<String> terms(String heading) {
        return _find(article(heading), DescriptionList.Term.class).stream()
                .map(term -> term.getElement().getTextRecursively()).toList();
    }

    private static List<String> markdownShownIn(String heading) {
        return _find(article(heading), Html.class).stream().map(Html::getInnerHtml).toList();
    }

    private static Article article(String heading) {
        return _find(Article.class).stream()
                .filter(article -> _find(article, H3.class).stream().anyMatch(h3 -> h3.getText().equals(heading)))
                .findFirst().orElseThrow(() -> new AssertionError("No step or hand-over headed " + heading));
    }
}
