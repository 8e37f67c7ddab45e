package org.joinedup.pathway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.pathway.documents.DocumentTypes.Accepted;
import org.joinedup.pathway.documents.DocumentTypes.Refused;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

    private final DocumentTypes types = new DocumentTypes();

    @Test
    void each_accepted_kind_is_recognised_from_its_content() {
        assertThat(types.check(SampleFiles.PDF, "referral form.pdf")).isEqualTo(new Accepted(DocumentType.PDF));
        assertThat(types.check(SampleFiles.WORD, "shared care agreement.docx")).isEqualTo(new Accepted(DocumentType.WORD));
        assertThat(types.check(SampleFiles.OPEN_DOCUMENT, "leaflet.odt"))
                .isEqualTo(new Accepted(DocumentType.OPEN_DOCUMENT_TEXT));
        assertThat(types.check(SampleFiles.PNG, "diagram.png")).isEqualTo(new Accepted(DocumentType.PNG));
        assertThat(types.check(SampleFiles.JPEG, "photo.jpg")).isEqualTo(new Accepted(DocumentType.JPEG));
        assertThat(types.check(SampleFiles.TEXT, "notes.txt")).isEqualTo(new Accepted(DocumentType.PLAIN_TEXT));
    }

    @Test
    void a_name_without_an_extension_is_judged_by_the_content_alone() {
        assertThat(types.check(SampleFiles.PDF, "leaflet")).isEqualTo(new Accepted(DocumentType.PDF));
    }

    @Test
    void a_web_page_or_a_program_is_refused_whatever_its_name_says() {
        assertThat(types.check(SampleFiles.HTML, "leaflet.txt")).isInstanceOf(Refused.class);
        assertThat(types.check(SampleFiles.SVG, "diagram.png")).isInstanceOf(Refused.class);
        assertThat(types.check(SampleFiles.PROGRAM, "leaflet.pdf")).isInstanceOf(Refused.class);
    }

    @Test
    void a_plain_zip_named_as_a_word_document_is_refused() {
        assertThat(types.check(SampleFiles.PLAIN_ZIP, "form.docx")).isInstanceOf(Refused.class);
    }

    @Test
    void a_name_that_claims_another_accepted_type_is_refused_with_both_named() {
        assertThat(types.check(SampleFiles.PDF, "leaflet.docx")).isEqualTo(new Refused("The file's name says it is a Word "
                + "document but its content is a PDF. Check you chose the right file, or correct its name."));
        assertThat(types.check(SampleFiles.JPEG, "scan.pdf")).isInstanceOf(Refused.class);
    }

    @Test
    void a_refusal_says_what_is_accepted() {
        Refused refused = (Refused) types.check(SampleFiles.HTML, "page.html");
        assertThat(refused.reason()).contains("HyperText").endsWith("Upload one of these: PDF, Word document, "
                + "OpenDocument text, PNG image, JPEG image, Plain text.");
    }
}
