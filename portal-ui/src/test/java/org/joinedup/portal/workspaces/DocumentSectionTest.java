package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentUpload;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** The documents section of the step editor. Creates workspaces, so it gets a database of its own. */
@DirtiesContext
class DocumentSectionTest extends WorkspaceTestSupport {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEB_PAGE = "<html><body><script>alert('hi')</script></body></html>"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DocumentService documents;

    @Test
    void an_editor_uploads_a_leaflet_for_patients_and_it_is_listed_with_a_download_link() {
        long workspace = workspace("gp", "Chronic kidney disease");
        StageDetails stage = stage(workspace, "gp", "Finding people at risk");
        step(stage.id(), "gp", "Check kidney function", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(_get(Button.class, spec -> spec.withText("Check kidney function")));
        assertThat(documentTitles()).isEmpty();
        assertThat(_find(_get(DocumentSection.class), ListItem.class,
                spec -> spec.withText("No documents on this step yet."))).hasSize(1);

        _setValue(labelled(TextField.class, "Document title"), "Looking after your kidneys");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("For patients: show it on the \u201cwhat to expect\u201d page")),
                true);
        UploadKt._upload(_get(Upload.class), "kidneys.pdf", "application/pdf", PDF);
        _click(button("Add document"));

        assertThat(documentTitles()).containsExactly("Looking after your kidneys");
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("document-link"));
        assertThat(link.getHref()).startsWith("documents/draft/");
        assertThat(link.getElement().getAttribute("aria-label"))
                .isEqualTo("Download Looking after your kidneys (PDF, " + PDF.length + " bytes)");
        assertThat(_find(Span.class, spec -> spec.withText("For patients"))).hasSize(1);
        assertThat(labelled(TextField.class, "Document title").getValue()).as("the form is ready for the next").isEmpty();
    }

    @Test
    void a_file_that_is_not_an_accepted_type_is_refused_at_the_file_and_the_title_stays() {
        long workspace = workspace("gp", "Heart failure");
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        step(stage.id(), "gp", "Measure NT-proBNP", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(_get(Button.class, spec -> spec.withText("Measure NT-proBNP")));

        _setValue(labelled(TextField.class, "Document title"), "Referral letter template");
        UploadKt._upload(_get(Upload.class), "letter.txt", "text/plain", WEB_PAGE);
        _click(button("Add document"));

        Paragraph refusal = _get(DocumentSection.class).fileRefusal;
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).contains("which JoinedUp does not accept");
        assertThat(labelled(TextField.class, "Document title").getValue()).isEqualTo("Referral letter template");
        assertThat(documentTitles()).isEmpty();
    }

    @Test
    void an_editor_replaces_a_document_and_the_earlier_revision_stays_listed() {
        long workspace = workspace("gp", "Asthma");
        StageDetails stage = stage(workspace, "gp", "Review");
        StepDetails step = step(stage.id(), "gp", "Annual asthma review", CareSetting.PRIMARY);
        as("gp", () -> documents.upload(step.id(), new DocumentUpload("Action plan", true, "plan.pdf", PDF)));
        signInAs("gp");
        open(workspace);
        _click(_get(Button.class, spec -> spec.withText("Annual asthma review")));

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Replace Action plan")));
        _setValue(labelled(TextField.class, "Document title"), "Personal asthma action plan");
        UploadKt._upload(_get(Upload.class), "plan-2027.pdf", "application/pdf", PDF);
        _click(button("Replace document"));

        assertThat(documentTitles()).first().isEqualTo("Personal asthma action plan");
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("Earlier revisions (1)");
        assertThat(_find(_get(Details.class), Anchor.class, spec -> spec.withText("Action plan"))).hasSize(1);
    }

    @Test
    void an_observer_sees_the_documents_but_cannot_add_one() {
        long workspace = workspace("gp", "Diabetes");
        addMember(workspace, "gp", "Daniel Hughes", Membership.of(WorkspaceRole.OBSERVER));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "HbA1c test", CareSetting.PRIMARY);
        as("gp", () -> documents.upload(step.id(), new DocumentUpload("Test request form", false, "form.pdf", PDF)));
        signInAs("pharmacist");
        open(workspace);
        _click(_get(Button.class, spec -> spec.withText("HbA1c test")));

        assertThat(documentTitles()).containsExactly("Test request form");
        assertThat(_find(Button.class, spec -> spec.withText("Add document"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Remove"))).isEmpty();
    }

    private static List<String> documentTitles() {
        return _find(_get(DocumentSection.class), Anchor.class, spec -> spec.withClasses("document-link")).stream()
                .map(Anchor::getText).toList();
    }

    private static void open(long workspaceId) {
        navigateTo("workspaces/" + workspaceId);
        _get(WorkspaceView.class);
    }
}
