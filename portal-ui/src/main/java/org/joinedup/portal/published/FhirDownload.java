package org.joinedup.portal.published;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import org.joinedup.pathway.fhir.PlanDefinitionExport;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link that downloads a published version as a FHIR PlanDefinition in JSON. The file is
 * made when the link is followed, under the signed-in person's access at that moment; a
 * refusal gives the browser an error status rather than a file.
 */
public class FhirDownload extends Anchor {

    static final String TEXT = "Download FHIR PlanDefinition (JSON)";
    static final String CONTENT_TYPE = "application/fhir+json";

    public FhirDownload(PlanDefinitionExport export, long workspaceId, int versionNumber) {
        super(handler(export, workspaceId, versionNumber), TEXT);
        addClassName("fhir-download");
    }

    /** For example {@code pathway-12-v3.json}. */
    static String fileName(long workspaceId, int versionNumber) {
        return "pathway-" + workspaceId + "-v" + versionNumber + ".json";
    }

    private static DownloadHandler handler(PlanDefinitionExport export, long workspaceId, int versionNumber) {
        return event -> {
            byte[] json;
            try {
                json = export.toJson(workspaceId, versionNumber).getBytes(StandardCharsets.UTF_8);
            } catch (AccessDeniedException refused) {
                refuse(event, HttpServletResponse.SC_FORBIDDEN);
                return;
            } catch (NoSuchElementException missing) {
                refuse(event, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            event.setFileName(fileName(workspaceId, versionNumber));
            event.setContentType(CONTENT_TYPE);
            event.setContentLength(json.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(json);
            }
        };
    }

    private static void refuse(DownloadEvent event, int status) throws IOException {
        event.getResponse().sendError(status, status == HttpServletResponse.SC_FORBIDDEN
                ? "You do not have access to this pathway." : "This version has not been published.");
    }
}
