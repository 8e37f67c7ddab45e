package org.joinedup.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentUpload;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.portal.security.FormPosts;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.KidneyPathway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Downloading documents as a browser does: real HTTP against the running portal. A leaflet
 * comes as an attachment with its own type, {@code nosniff} and its name in RFC 6266 form;
 * each address lets in exactly those the service lets in, checked on every request.
 */
// A context of its own (the property only sets the default): a portal cached from another class
// brings that class's sign-ins, sessions and per-address sign-in limits with it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "joinedup.documents.max-size=10MB")
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class DocumentDownloadOverHttpTest {

    private static final byte[] LEAFLET = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FORM = "Referral criteria: eGFR below 30, or a fall of 25% in a year.\n"
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;
    @Autowired
    DemoSecondFactors demoKey;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    DraftService drafts;
    @Autowired
    ProposalService proposals;
    @Autowired
    DocumentService documents;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClient browser;
    private long workspaceId;
    private long leafletRevision;
    private long formRevision;

    @BeforeEach
    void publishedPathwayWithALeafletAndAForm() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        KidneyPathway pathway = KidneyPathway.create(workspaces, drafts, users, jdbc);
        workspaceId = pathway.workspaceId();
        DemoSignIn.as(users, "nurse");
        leafletRevision = documents.upload(pathway.gpStep(),
                new DocumentUpload("Looking after your kidneys", true, "Kidneys \u2013 what to expect.pdf", LEAFLET))
                .current().id();
        formRevision = documents.upload(pathway.clinicStep(),
                new DocumentUpload("Renal referral criteria", false, "criteria.txt", FORM)).current().id();
        DemoSignIn.as(users, "gp");
        long proposal = proposals.open(workspaceId, "First agreed version", LocalDate.now().plusDays(14)).id();
        DemoSignIn.as(users, "lmc");
        proposals.agree(proposal, 1, CareSetting.PRIMARY);
        DemoSignIn.as(users, "lnc");
        proposals.agree(proposal, 1, CareSetting.SECONDARY);
        DemoSignIn.as(users, "gp");
        proposals.publish(proposal);
        DemoSignIn.nobody();
    }

    @Test
    void a_patient_downloads_a_leaflet_as_an_attachment_with_its_type_its_name_and_nosniff() throws Exception {
        FormPosts.signIn(browser, uri("/"), "patient@demo.joinedup.example", demo.password());

        HttpResponse<byte[]> leaflet = get(DocumentDownloads.PATIENTS + workspaceId + "/versions/1/" + leafletRevision);

        assertThat(leaflet.statusCode()).isEqualTo(200);
        assertThat(leaflet.body()).isEqualTo(LEAFLET);
        assertThat(leaflet.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(leaflet.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("attachment;").contains("filename*=UTF-8''Kidneys%20%E2%80%93%20what%20to%20expect.pdf"));
        assertThat(leaflet.headers().allValues("X-Content-Type-Options")).containsOnly("nosniff");
        assertThat(leaflet.headers().allValues("Content-Security-Policy")).anyMatch(policy -> policy.contains("sandbox"));
        assertThat(leaflet.headers().firstValue("Repr-Digest")).isPresent();
    }

    @Test
    void a_patient_partner_gets_neither_the_draft_nor_a_document_that_is_not_for_patients() throws Exception {
        FormPosts.signIn(browser, uri("/"), "patient@demo.joinedup.example", demo.password());

        assertThat(get(DocumentDownloads.DRAFT + leafletRevision).statusCode()).isEqualTo(403);
        assertThat(get(DocumentDownloads.PUBLISHED + workspaceId + "/versions/1/" + formRevision).statusCode())
                .isEqualTo(403);
        assertThat(get(DocumentDownloads.PATIENTS + workspaceId + "/versions/1/" + formRevision).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_clinician_outside_the_workspace_downloads_from_the_published_version_but_not_from_the_draft() throws Exception {
        FormPosts.signIn(browser, uri("/"), "socialcare@demo.joinedup.example", demo.password());
        // An earlier test on the same portal may have used this step's code for the same person: then the next one.
        if (FormPosts.post(browser, uri("/"), "/two-factor", Map.of("code", authenticatorCode(0)))
                .headers().firstValue("Location").orElse("").contains("error=used")) {
            FormPosts.post(browser, uri("/"), "/two-factor", Map.of("code", authenticatorCode(1)));
        }

        HttpResponse<byte[]> form = get(DocumentDownloads.PUBLISHED + workspaceId + "/versions/1/" + formRevision);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).isEqualTo(FORM);
        assertThat(form.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(get(DocumentDownloads.DRAFT + formRevision).statusCode()).isEqualTo(403);
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_sign_in() throws Exception {
        HttpResponse<byte[]> attempt = get(DocumentDownloads.PATIENTS + workspaceId + "/versions/1/" + leafletRevision);

        assertThat(attempt.statusCode()).isEqualTo(302);
        assertThat(attempt.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/login"));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What an authenticator app holding the demo key shows now. */
    /** The demo authenticator's code {@code steps} steps of 30 seconds from now. */
    private String authenticatorCode(int steps) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        byte[] key = new Base32().decode(demoKey.authenticatorKey());
        return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()),
                Instant.now().plus(Duration.ofSeconds(30L * steps)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
