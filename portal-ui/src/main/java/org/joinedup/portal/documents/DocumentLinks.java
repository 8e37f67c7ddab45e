package org.joinedup.portal.documents;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import org.joinedup.pathway.documents.DocumentRevisionDetails;

/**
 * Links to the download endpoint. They leave Vaadin's router alone, so the browser fetches
 * the file itself, and each says in words what it downloads: the title, the kind of file
 * and its size.
 */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    /** A revision of a document on the draft. */
    public static Anchor draft(DocumentRevisionDetails revision) {
        return link(DocumentDownloads.DRAFT + revision.id(), revision);
    }

    /** A document a published version holds, as the library shows it. */
    public static Anchor published(long workspaceId, int versionNumber, DocumentRevisionDetails revision) {
        return link(DocumentDownloads.PUBLISHED + workspaceId + "/versions/" + versionNumber + "/" + revision.id(), revision);
    }

    /** A leaflet a published version holds, as the patient page shows it. */
    public static Anchor forPatients(long workspaceId, int versionNumber, DocumentRevisionDetails revision) {
        return link(DocumentDownloads.PATIENTS + workspaceId + "/versions/" + versionNumber + "/" + revision.id(), revision);
    }

    /** "PDF, 1.2 MB" */
    public static String kindAndSize(DocumentRevisionDetails revision) {
        return revision.type().label() + ", " + size(revision.sizeBytes());
    }

    /** "812 bytes", "34 KB", "1.2 MB", "10 MB" */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return String.format(Locale.UK, megabytes == Math.rint(megabytes) ? "%.0f MB" : "%.1f MB", megabytes);
    }

    private static Anchor link(String address, DocumentRevisionDetails revision) {
        // A path from the portal's root, so the link works below any page.
        Anchor anchor = new Anchor(address.substring(1), revision.title());
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", "");
        anchor.getElement().setAttribute("aria-label", "Download " + revision.title() + " (" + kindAndSize(revision) + ")");
        anchor.addClassName("document-link");
        return anchor;
    }
}
