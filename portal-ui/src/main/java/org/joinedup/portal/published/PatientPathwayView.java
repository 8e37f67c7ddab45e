package org.joinedup.portal.published;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.notices.UrgentNotices;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.PatientPathway;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.documents.DocumentLinks;
import org.joinedup.portal.documents.PublishedDocumentList;
import org.joinedup.portal.notices.NoticeBanners;

/**
 * A published version as patients and carers see it: for each step, in the order they
 * meet them, where it happens, how soon, and what to expect, in the words the teams wrote
 * for patients. Every member of the workspace may open it, patient partners included;
 * nothing written only for clinicians appears.
 */
@Route(PublishedVersionRoute.PREFIX + "patient")
@PermitAll
public class PatientPathwayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PathwayHistory history;
    private final DocumentService documents;
    private final UrgentNotices notices;
    private String title = "What to expect";

    PatientPathwayView(PathwayHistory history, DocumentService documents, UrgentNotices notices) {
        this.history = history;
        this.documents = documents;
        this.notices = notices;
        addClassNames("page", "patient-pathway");
    }

    static RouteParameters parameters(long workspaceId, int versionNumber) {
        return PublishedVersionRoute.parameters(workspaceId, versionNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PublishedVersionRoute.load(event, history::forPatients).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title + " | JoinedUp";
    }

    private void show(PatientPathway pathway) {
        title = "What to expect: " + pathway.condition();
        removeAll();
        NoticeBanners urgent = new NoticeBanners();
        urgent.show(notices.liveForPatients(pathway.workspaceId()));
        add(PublishedVersionRoute.link("Back to the workspace", "workspaces/" + pathway.workspaceId()), urgent, new H1(title));
        add(new Paragraph("How care for " + pathway.condition() + " works in " + pathway.locality()
                + ", step by step. The teams who look after you agreed it together."));
        Paragraph version = new Paragraph("Version " + pathway.versionNumber() + ", agreed on "
                + PortalTime.date(pathway.publishedAt()) + ".");
        version.addClassName("quiet");
        add(version);
        if (pathway.stages().isEmpty()) {
            add(new Paragraph("The teams have not yet written what to expect at each step. Please check again later."));
        }
        for (PatientPathway.Stage stage : pathway.stages()) {
            Section section = new Section(new H2(stage.title()));
            stage.steps().forEach(step -> section.add(step(step)));
            add(section);
        }
        add(new PublishedDocumentList("Leaflets for you", documents.forPatients(pathway.workspaceId(),
                pathway.versionNumber()), revision -> DocumentLinks.forPatients(pathway.workspaceId(),
                pathway.versionNumber(), revision), false));
    }

    private static Article step(PatientPathway.Step step) {
        Article article = new Article(new H3(step.title()), line("Where", where(step.careSetting())));
        if (step.timescale() != null && !step.timescale().isBlank()) {
            article.add(line("When", step.timescale().strip()));
        }
        Paragraph expect = new Paragraph(step.whatToExpect().strip());
        expect.addClassName("plain-text");
        article.add(expect);
        article.addClassName("patient-step");
        return article;
    }

    private static Paragraph line(String label, String value) {
        Span term = new Span(label + ": ");
        term.addClassName("term");
        return new Paragraph(term, new Span(value));
    }

    /** The care setting in words a patient would use. */
    static String where(CareSetting setting) {
        return switch (setting) {
            case PRIMARY -> "At your GP practice";
            case SECONDARY -> "At the hospital";
            case COMMUNITY -> "In the community, at home or at a local clinic";
            case MENTAL_HEALTH -> "With the mental health team";
            case SOCIAL_CARE -> "With social care (the council's support services)";
            case PUBLIC_HEALTH -> "Through public health services";
        };
    }
}
