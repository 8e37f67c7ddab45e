package org.joinedup.portal.published;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentUpload;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.documents.PublishedDocumentList;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The documents a published version holds, on its printable page and, for leaflets, its
 * patient page. Publishes a pathway, so it gets a database of its own; built once for the class.
 */
@DirtiesContext
class PublishedDocumentsViewTest extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static long workspaceId;
    private static int versionNumber;

    @Autowired
    DocumentService documents;

    @BeforeEach
    void publishOnce() {
        if (workspaceId != 0) {
            return;
        }
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Heart failure", "East Place");
        StageDetails diagnosis = fixture.stage(workspaceId, "Diagnosis");
        StepDetails test = fixture.step(diagnosis, StepFields.titled("Measure NT-proBNP", CareSetting.PRIMARY));
        StepDetails echo = fixture.step(diagnosis, StepFields.titled("Echocardiogram", CareSetting.SECONDARY));
        DemoSignIn.actingAs(users, PathwayFixture.CONVENOR, () -> {
            documents.upload(echo.id(), new DocumentUpload("Having an echocardiogram", true, "echo.pdf", PDF));
            documents.upload(test.id(), new DocumentUpload("Referral criteria", false, "criteria.pdf", PDF));
            return null;
        });
        versionNumber = fixture.publish(workspaceId, "First agreed version.").number();
    }

    @Test
    void a_clinician_outside_the_workspace_sees_each_steps_documents_on_the_printable_page() {
        signInAs("socialcare");

        navigateTo("workspaces/" + workspaceId + "/versions/" + versionNumber + "/print");

        assertThat(_find(H2.class)).extracting(H2::getText).contains("Documents");
        assertThat(_find(_get(PublishedDocumentList.class), H3.class))
                .extracting(H3::getText).containsExactly("Measure NT-proBNP", "Echocardiogram");
        assertThat(links()).containsExactly("Referral criteria", "Having an echocardiogram");
        assertThat(_get(Anchor.class, spec -> spec.withText("Referral criteria")).getHref())
                .startsWith("documents/pathways/" + workspaceId + "/versions/" + versionNumber + "/");
    }

    @Test
    void a_patient_partner_sees_only_the_leaflets_for_patients_on_the_patient_page() {
        signInAs("patient");

        navigateTo("workspaces/" + workspaceId + "/versions/" + versionNumber + "/patient");

        assertThat(_find(H2.class)).extracting(H2::getText).contains("Leaflets for you");
        assertThat(links()).containsExactly("Having an echocardiogram");
        assertThat(_get(Anchor.class, spec -> spec.withText("Having an echocardiogram")).getHref())
                .startsWith("documents/patients/" + workspaceId + "/versions/" + versionNumber + "/");
    }

    private static List<String> links() {
        return _find(Anchor.class, spec -> spec.withClasses("document-link")).stream().map(Anchor::getText).toList();
    }
}
