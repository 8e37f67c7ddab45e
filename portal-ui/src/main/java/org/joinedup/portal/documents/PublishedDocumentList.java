package org.joinedup.portal.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.joinedup.pathway.documents.DocumentRevisionDetails;
import org.joinedup.pathway.documents.PublishedDocument;

/**
 * The documents a published version holds, step by step in the version's order, each a
 * download link with its kind and size; leaflets for patients are marked as such. Shows
 * nothing when the version holds none.
 */
public class PublishedDocumentList extends Section {

    /**
     * @param heading what the section is called ("Documents", "Leaflets for you")
     * @param link    the download link for one revision
     */
    public PublishedDocumentList(String heading, List<PublishedDocument> documents,
            Function<DocumentRevisionDetails, Anchor> link, boolean markLeaflets) {
        addClassName("published-documents");
        setVisible(!documents.isEmpty());
        add(new H2(heading));
        Map<String, UnorderedList> bySteps = new LinkedHashMap<>();
        for (PublishedDocument document : documents) {
            UnorderedList list = bySteps.computeIfAbsent(document.stepKey(), key -> {
                UnorderedList created = new UnorderedList();
                created.addClassName("document-list");
                add(new H3(document.stepTitle()), created);
                return created;
            });
            DocumentRevisionDetails revision = document.revision();
            Span about = new Span(" (" + DocumentLinks.kindAndSize(revision) + ")");
            about.addClassName("quiet");
            ListItem item = new ListItem(link.apply(revision), about);
            if (markLeaflets && revision.forPatients()) {
                Span leaflet = new Span("For patients");
                leaflet.addClassName("document-badge");
                item.add(leaflet);
            }
            list.add(item);
        }
    }
}
