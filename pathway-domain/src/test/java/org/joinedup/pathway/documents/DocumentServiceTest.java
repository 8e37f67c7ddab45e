package org.joinedup.pathway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents on the kidney pathway's steps: what is accepted and refused at upload, what is
 * kept (the checksum, every revision, the revisions each version was published with), and
 * who may read and download them, on the draft, in the library and on the patient page.
 * The size limit is set low here so that the test need not build 10 MB files.
 */
@JoinedUpTest
@DirtiesContext
@TestPropertySource(properties = "joinedup.documents.max-size=64KB")
class DocumentServiceTest extends KidneyPathwayTest {

    private static final int LIMIT = 64 * 1024;

    @Autowired
    DocumentService documents;
    @Autowired
    List<PersonalDataContributor> contributors;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void an_editor_uploads_a_leaflet_and_it_is_kept_with_its_type_size_and_checksum() {
        signInAs("nurse");
        DocumentDetails added = documents.upload(pathway.gpStep(),
                new DocumentUpload("Kidney health leaflet", true, "kidney-leaflet.pdf", SampleFiles.PDF));

        DocumentRevisionDetails revision = added.current();
        assertThat(revision.number()).isEqualTo(1);
        assertThat(revision.type()).isEqualTo(DocumentType.PDF);
        assertThat(revision.sizeBytes()).isEqualTo(SampleFiles.PDF.length);
        assertThat(revision.sha256()).isEqualTo(DocumentService.sha256(SampleFiles.PDF)).hasSize(64);
        assertThat(revision.uploadedBy()).isEqualTo("Jo Williams");
        assertThat(documents.ofStep(pathway.gpStep())).extracting(document -> document.current().title())
                .containsExactly("Kidney health leaflet");
        DocumentFile file = documents.draftFile(revision.id());
        assertThat(file.content()).isEqualTo(SampleFiles.PDF);
        assertThat(file.fileName()).isEqualTo("kidney-leaflet.pdf");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'pathway.document-added'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void a_file_at_the_limit_is_accepted_and_one_byte_more_is_refused_with_the_sizes() {
        signInAs("nurse");
        documents.upload(pathway.gpStep(), new DocumentUpload("Referral form", false, "referral.pdf", SampleFiles.pdfOf(LIMIT)));
        long stored = storedRows();

        assertThatThrownBy(() -> documents.upload(pathway.gpStep(),
                new DocumentUpload("Referral form", false, "referral.pdf", SampleFiles.pdfOf(LIMIT + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("content");
                    assertThat(refusal.getMessage()).startsWith("The file is 0.1 MB; the limit is 0.1 MB.");
                });
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void an_empty_file_a_web_page_and_a_file_whose_name_lies_are_refused_and_nothing_is_stored() {
        signInAs("nurse");
        long stored = storedRows();

        assertThatThrownBy(() -> documents.upload(pathway.gpStep(), new DocumentUpload("Empty", false, "empty.pdf", new byte[0])))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("The file is empty.");
        assertThatThrownBy(() -> documents.upload(pathway.gpStep(),
                new DocumentUpload("Leaflet", true, "leaflet.txt", SampleFiles.HTML)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("which JoinedUp does not accept");
        assertThatThrownBy(() -> documents.upload(pathway.gpStep(),
                new DocumentUpload("Leaflet", true, "leaflet.pdf", SampleFiles.PROGRAM)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("which JoinedUp does not accept");
        assertThatThrownBy(() -> documents.upload(pathway.gpStep(),
                new DocumentUpload("Leaflet", true, "leaflet.docx", SampleFiles.PDF)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name says it is a Word document but its content is a PDF");
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void a_title_or_a_missing_file_is_refused_at_its_field() {
        signInAs("nurse");
        long stored = storedRows();

        assertThatThrownBy(() -> documents.upload(pathway.gpStep(),
                new DocumentUpload("Letter for NHS 943 476 5919", false, "letter.pdf", SampleFiles.PDF)))
                .isInstanceOf(IdentifiersFoundException.class);
        assertThatThrownBy(() -> documents.upload(pathway.gpStep(), new DocumentUpload(" ", false, "letter.pdf", SampleFiles.PDF)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.messages()).containsValue("Give the document a title."));
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void observers_and_patient_partners_cannot_upload_and_only_those_who_read_the_draft_download_from_it() {
        signInAs("nurse");
        long revision = documents.upload(pathway.gpStep(),
                new DocumentUpload("Referral form", false, "referral.pdf", SampleFiles.PDF)).current().id();

        signInAs("pharmacist");
        assertThat(documents.draftFile(revision).content()).isEqualTo(SampleFiles.PDF);
        assertThatThrownBy(() -> documents.upload(pathway.gpStep(),
                new DocumentUpload("Another", false, "another.pdf", SampleFiles.PDF)))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        signInAs("patient");
        assertThatThrownBy(() -> documents.draftFile(revision)).isInstanceOf(WorkspaceAccessDeniedException.class);
        signInAs("socialcare");
        assertThatThrownBy(() -> documents.draftFile(revision)).isInstanceOf(WorkspaceAccessDeniedException.class);
        assertThatThrownBy(() -> documents.ofStep(pathway.gpStep())).isInstanceOf(WorkspaceAccessDeniedException.class);
    }

    @Test
    void a_published_version_offers_its_documents_to_every_clinician_and_its_leaflets_to_patients() {
        signInAs("nurse");
        long leaflet = documents.upload(pathway.gpStep(),
                new DocumentUpload("Kidney health leaflet", true, "leaflet.pdf", SampleFiles.PDF)).current().id();
        long form = documents.upload(pathway.clinicStep(),
                new DocumentUpload("Renal referral form", false, "referral.docx", SampleFiles.WORD)).current().id();
        publishAsAgreed("First agreed version");
        String gpStep = drafts.step(pathway.gpStep()).key();
        String clinicStep = drafts.step(pathway.clinicStep()).key();

        signInAs("socialcare");
        assertThat(documents.ofVersion(pathway.workspaceId(), 1))
                .extracting(document -> document.revision().title(), PublishedDocument::stepKey)
                .containsExactly(tuple("Kidney health leaflet", gpStep), tuple("Renal referral form", clinicStep));
        assertThat(documents.publishedFile(pathway.workspaceId(), 1, form).content()).isEqualTo(SampleFiles.WORD);
        assertThatThrownBy(() -> documents.draftFile(form)).isInstanceOf(WorkspaceAccessDeniedException.class);

        signInAs("patient");
        assertThat(documents.forPatients(pathway.workspaceId(), 1)).extracting(document -> document.revision().title())
                .containsExactly("Kidney health leaflet");
        assertThat(documents.patientFile(pathway.workspaceId(), 1, leaflet).content()).isEqualTo(SampleFiles.PDF);
        assertThatThrownBy(() -> documents.patientFile(pathway.workspaceId(), 1, form))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> documents.publishedFile(pathway.workspaceId(), 1, form))
                .isInstanceOf(WorkspaceAccessDeniedException.class);

        signInAs("moderator");
        assertThatThrownBy(() -> documents.ofVersion(pathway.workspaceId(), 1)).isInstanceOf(WorkspaceAccessDeniedException.class);
    }

    @Test
    void a_confidential_workspace_keeps_its_documents_from_everyone_but_its_members() {
        signInAs("nurse");
        long form = documents.upload(pathway.gpStep(),
                new DocumentUpload("Referral form", false, "referral.pdf", SampleFiles.PDF)).current().id();
        publishAsAgreed("First agreed version");
        jdbc.update("update workspace set confidential_reason = 'Pilot under evaluation' where id = ?", pathway.workspaceId());

        signInAs("socialcare");
        assertThatThrownBy(() -> documents.ofVersion(pathway.workspaceId(), 1)).isInstanceOf(WorkspaceAccessDeniedException.class);
        assertThatThrownBy(() -> documents.publishedFile(pathway.workspaceId(), 1, form))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        assertThatThrownBy(() -> documents.patientFile(pathway.workspaceId(), 1, form))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        signInAs("pharmacist");
        assertThat(documents.publishedFile(pathway.workspaceId(), 1, form).content()).isEqualTo(SampleFiles.PDF);
    }

    @Test
    void replacing_keeps_the_old_revision_and_each_version_keeps_what_it_was_published_with() {
        signInAs("nurse");
        DocumentDetails first = documents.upload(pathway.gpStep(),
                new DocumentUpload("Kidney health leaflet", true, "leaflet.pdf", SampleFiles.PDF));
        publishAsAgreed("First agreed version");

        signInAs("nurse");
        DocumentDetails replaced = documents.replace(first.id(),
                new DocumentUpload("Kidney health leaflet (2027)", true, "leaflet.odt", SampleFiles.OPEN_DOCUMENT));
        assertThat(replaced.current().number()).isEqualTo(2);
        assertThat(replaced.earlier()).extracting(DocumentRevisionDetails::id).containsExactly(first.current().id());
        assertThat(documents.draftFile(first.current().id()).content()).isEqualTo(SampleFiles.PDF);

        StepDetails step = drafts.step(pathway.gpStep());
        drafts.saveStep(step.id(), step.version(), step.fields().withDescription("eGFR and urine ACR twice a year."));
        signInAs("gp");
        long second = proposals.open(pathway.workspaceId(), "Twice-yearly checks", LocalDate.now().plusDays(14)).id();
        signInAs("lmc");
        proposals.agree(second, 1, CareSetting.PRIMARY);
        signInAs("gp");
        proposals.publish(second);
        signInAs("nurse");
        documents.remove(first.id());
        assertThat(documents.ofStep(pathway.gpStep())).isEmpty();

        signInAs("socialcare");
        assertThat(titles(documents.ofVersion(pathway.workspaceId(), 1))).containsExactly("Kidney health leaflet");
        assertThat(titles(documents.ofVersion(pathway.workspaceId(), 2))).containsExactly("Kidney health leaflet (2027)");
        assertThat(documents.publishedFile(pathway.workspaceId(), 1, first.current().id()).content())
                .isEqualTo(SampleFiles.PDF);
        assertThatThrownBy(() -> documents.publishedFile(pathway.workspaceId(), 2, first.current().id()))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_persons_data_download_lists_the_documents_they_uploaded() {
        signInAs("nurse");
        documents.upload(pathway.gpStep(), new DocumentUpload("Sick-day guidance", true, "sick-days.txt", SampleFiles.TEXT));

        long nurse = personId("nurse");
        Object uploaded = new TransactionTemplate(transactions).execute(status -> contributors.stream()
                .map(contributor -> contributor.export(nurse))
                .filter(section -> section.name().equals("pathwayWorkspaces")).findFirst().orElseThrow()
                .data().get("documentsUploaded"));

        assertThat(uploaded).asInstanceOf(InstanceOfAssertFactories.LIST)
                .anySatisfy(item -> {
                    Map<?, ?> row = (Map<?, ?>) item;
                    assertThat(row.get("title")).isEqualTo("Sick-day guidance");
                    assertThat(row.get("fileName")).isEqualTo("sick-days.txt");
                });
    }

    private static List<String> titles(List<PublishedDocument> held) {
        return held.stream().map(document -> document.revision().title()).toList();
    }

    private long storedRows() {
        return jdbc.queryForObject("select (select count(*) from step_document) + (select count(*) from document_revision) "
                + "+ (select count(*) from document_revision_content)", Long.class);
    }
}
