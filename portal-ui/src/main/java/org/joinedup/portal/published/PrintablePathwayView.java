package org.joinedup.portal.published;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.diagram.DiagramLayout;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.fhir.PlanDefinitionExport;
import org.joinedup.pathway.notices.UrgentNotices;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.PublishedPathway;
import org.joinedup.pathway.proposal.VersionSummary;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.diagram.DiagramPanel;
import org.joinedup.portal.documents.DocumentLinks;
import org.joinedup.portal.documents.PublishedDocumentList;
import org.joinedup.portal.notices.NoticeBanners;

/**
 * A published version laid out for paper: every field of every step in journey order,
 * the hand-overs between them, and who agreed to the version for each setting. The
 * stylesheet's print rules leave out the portal's navigation and the buttons. Only people
 * who may read the workspace's draft see it; patient partners have their own page.
 */
@Route(PublishedVersionRoute.PREFIX + "print")
@PermitAll
public class PrintablePathwayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** What a step's place on the page is called, before its key. */
    static final String STEP_ANCHOR = "step-";
    private static final DateTimeFormatter REVIEW_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    private final PathwayHistory history;
    private final PlanDefinitionExport export;
    private final DocumentService documents;
    private final UrgentNotices notices;
    private String title = "Published pathway";

    PrintablePathwayView(PathwayHistory history, PlanDefinitionExport export, DocumentService documents,
            UrgentNotices notices) {
        this.history = history;
        this.export = export;
        this.documents = documents;
        this.notices = notices;
        addClassNames("page", "printable-pathway");
    }

    static RouteParameters parameters(long workspaceId, int versionNumber) {
        return PublishedVersionRoute.parameters(workspaceId, versionNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PublishedVersionRoute.load(event, history::published).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title + " | JoinedUp";
    }

    private void show(PublishedPathway pathway) {
        VersionSummary version = pathway.version();
        title = pathway.title() + ", version " + version.number();
        removeAll();
        NoticeBanners urgent = new NoticeBanners();
        urgent.show(notices.live(pathway.workspaceId()));
        add(actions(pathway), urgent, new H1(pathway.title()));
        add(new Paragraph("Condition: " + pathway.condition() + ". Locality: " + pathway.locality() + "."));
        add(new Paragraph("Version " + version.number() + ", published on " + PortalTime.dateTime(version.publishedAt())
                + " by " + version.publishedBy() + ". Review due by " + REVIEW_DATE.format(version.reviewDue()) + "."));
        if (version.summary() != null && !version.summary().isBlank()) {
            add(new Paragraph("What changed: " + version.summary()));
        }
        add(agreements(version.agreements()));
        add(diagram(pathway));
        PathwaySnapshot content = pathway.content();
        List<Stage> stages = content.stages();
        for (int index = 0; index < stages.size(); index++) {
            add(stage(stages.get(index), index + 1));
        }
        add(handovers(content));
        add(new PublishedDocumentList("Documents", documents.ofVersion(pathway.workspaceId(), version.number()),
                revision -> DocumentLinks.published(pathway.workspaceId(), version.number(), revision), true));
    }

    private Div actions(PublishedPathway pathway) {
        Button print = new Button("Print", event -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink patients = new RouterLink("What patients see", PatientPathwayView.class,
                PatientPathwayView.parameters(pathway.workspaceId(), pathway.version().number()));
        Anchor history = PublishedVersionRoute.link("Version history",
                "workspaces/" + pathway.workspaceId() + "/history");
        Div actions = new Div(print, new FhirDownload(export, pathway.workspaceId(), pathway.version().number()),
                patients, history);
        actions.addClassNames("button-row", "screen-only");
        return actions;
    }

    private static Section agreements(List<Agreement> agreements) {
        Section section = new Section(new H2("Agreed by"));
        if (agreements.isEmpty()) {
            section.add(new Paragraph("No setting's agreement is recorded for this version."));
            return section;
        }
        NativeTable table = new NativeTable();
        table.addClassName("agreements");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Care setting");
        head.addHeaderCell().setText("Agreed by");
        head.addHeaderCell().setText("When");
        for (Agreement agreement : agreements) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(agreement.careSetting().label());
            row.addDataCell().setText(agreement.agreedBy());
            row.addDataCell().setText(PortalTime.dateTime(agreement.agreedAt()));
        }
        section.add(table);
        return section;
    }

    private static Section stage(Stage stage, int number) {
        Section section = new Section(new H2("Stage " + number + ": " + stage.title()));
        section.addClassName("pathway-stage");
        if (stage.steps().isEmpty()) {
            section.add(new Paragraph("This stage has no steps."));
        }
        List<Step> steps = stage.steps();
        for (int index = 0; index < steps.size(); index++) {
            Article step = step(steps.get(index).fields(), number + "." + (index + 1));
            step.setId(STEP_ANCHOR + steps.get(index).key());
            section.add(step);
        }
        return section;
    }

    private static Article step(StepFields fields, String number) {
        DescriptionList list = new DescriptionList();
        for (StepField field : StepField.values()) {
            if (field != StepField.TITLE) {
                PathwayText.add(list, field.label(), PathwayText.of(field.kind(), field.text(fields)));
            }
        }
        Article article = new Article(new H3(number + " " + fields.title()), list);
        article.addClassName("pathway-step");
        return article;
    }

    /** The version's diagram; a step in it scrolls this page to the step. */
    private static Section diagram(PublishedPathway pathway) {
        String page = "workspaces/" + pathway.workspaceId() + "/versions/" + pathway.version().number() + "/print#";
        Section section = new Section(new H2("Diagram"), new DiagramPanel(DiagramLayout.of(pathway.content()),
                "Diagram of " + pathway.title() + ", version " + pathway.version().number(),
                key -> page + STEP_ANCHOR + key, false));
        section.addClassName("diagram-section");
        return section;
    }

    private static Section handovers(PathwaySnapshot content) {
        Section section = new Section(new H2("Hand-overs"));
        if (content.handovers().isEmpty()) {
            section.add(new Paragraph("This version has no hand-overs between steps."));
        }
        for (Handover handover : content.handovers()) {
            HandoverFields fields = handover.fields();
            DescriptionList list = new DescriptionList();
            for (HandoverField field : HandoverField.values()) {
                PathwayText.add(list, field.label(), PathwayText.of(field.kind(), field.of(fields)));
            }
            Article article = new Article(new H3(end(handover.fromStepKey(), content) + " \u2192 "
                    + end(handover.toStepKey(), content)), list);
            article.addClassName("pathway-handover");
            section.add(article);
        }
        return section;
    }

    /** A step as a hand-over names it: its title and its setting. */
    private static String end(String stepKey, PathwaySnapshot content) {
        return content.step(stepKey).map(step -> step.fields().title()).orElse("a removed step") + " ("
                + content.settingOf(stepKey).map(CareSetting::label).orElse("no setting") + ")";
    }
}
