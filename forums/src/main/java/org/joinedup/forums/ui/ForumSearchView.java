package org.joinedup.forums.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.joinedup.forums.search.ForumQuery;
import org.joinedup.forums.search.ForumSearch;
import org.joinedup.forums.search.PostHit;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.WorkspaceForumSummary;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * Searching the forums the person may read: words, optionally an author and a pathway. The
 * page's address carries the search ({@code ?q=…&by=…&pathway=…}), so a search box elsewhere
 * can open it with the words filled in and a result list can be shared between tabs.
 */
@Route(ForumSearch.ROUTE)
@PageTitle("Search the forums | JoinedUp")
@PermitAll
public class ForumSearchView extends VerticalLayout implements BeforeEnterObserver {

    /** How many workspace forums the pathway choice offers; a longer list is cut. */
    static final int MOST_PATHWAYS = 200;

    final TextField words = new TextField("Words");
    final TextField by = new TextField("Written by");
    final ComboBox<WorkspaceForumSummary> pathway = new ComboBox<>("Pathway");
    final Button searchButton = new Button("Search");
    final Paragraph summary = new Paragraph();
    final Grid<PostHit> results = new Grid<>();

    private final ForumSearch search;
    private ForumQuery query = new ForumQuery("", "", null);

    ForumSearchView(ForumSearch search, ForumService forums) {
        this.search = search;
        addClassNames("page", "forum-search-page");
        add(new H1("Search the forums"));
        Anchor back = new Anchor(ForumRoutes.FORUMS, "All forums");
        back.getElement().setAttribute("router-link", true);
        add(back);

        words.setMaxLength(ForumQuery.WORDS_MAX);
        words.setHelperText("Every word must appear. Use \"quotes\" for a phrase, a * after the start of a word, "
                + "and a - before a word to leave it out.");
        words.setClearButtonVisible(true);
        words.setWidth("24em");
        by.setMaxLength(ForumQuery.BY_MAX);
        by.setHelperText("Part of a display name");
        by.setClearButtonVisible(true);
        List<WorkspaceForumSummary> pathways = forums.workspaceForums(0, MOST_PATHWAYS);
        pathway.setItems(pathways);
        pathway.setItemLabelGenerator(WorkspaceForumSummary::title);
        pathway.setClearButtonVisible(true);
        pathway.setPlaceholder("Every forum");
        pathway.setVisible(!pathways.isEmpty());
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        searchButton.addClickListener(click -> searchNow());
        words.addKeyPressListener(Key.ENTER, event -> searchNow());
        by.addKeyPressListener(Key.ENTER, event -> searchNow());
        HorizontalLayout form = new HorizontalLayout(words, by, pathway, searchButton);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);

        summary.getElement().setAttribute("role", "status");
        results.addComponentColumn(ForumSearchView::hit).setHeader("Posts").setKey("hit");
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        results.setAriaLabel("Posts found");
        results.setPageSize(20);
        results.setAllRowsVisible(false);
        results.setVisible(false);
        add(summary, results);
        setFlexGrow(1, results);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        words.setValue(first(parameters, "q"));
        by.setValue(first(parameters, "by"));
        Long workspaceId = number(first(parameters, "pathway"));
        pathway.setValue(workspaceId == null ? null : pathway.getListDataView().getItems()
                .filter(choice -> choice.workspaceId() == workspaceId).findFirst().orElse(null));
        run();
    }

    private void searchNow() {
        run();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ForumSearch.ROUTE, QueryParameters.simple(parameters()))));
    }

    private Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        if (!words.getValue().isBlank()) {
            map.put("q", words.getValue().strip());
        }
        if (!by.getValue().isBlank()) {
            map.put("by", by.getValue().strip());
        }
        if (pathway.getValue() != null) {
            map.put("pathway", String.valueOf(pathway.getValue().workspaceId()));
        }
        return map;
    }

    private void run() {
        words.setInvalid(false);
        query = new ForumQuery(words.getValue(), by.getValue(),
                pathway.getValue() == null ? null : pathway.getValue().workspaceId());
        if (query.empty()) {
            summary.setText("Type some words, or part of an author's name, and press Search.");
            results.setVisible(false);
            return;
        }
        long count;
        try {
            count = search.count(query);
        } catch (InvalidInputException e) {
            words.setErrorMessage(e.getMessage());
            words.setInvalid(true);
            results.setVisible(false);
            return;
        }
        summary.setText(count == 0 ? "No posts found in the forums you can read."
                : count == 1 ? "1 post found." : count + " posts found.");
        results.setVisible(count > 0);
        ForumQuery current = query;
        results.setItems(page -> search.search(current, page.getOffset(), page.getLimit()).stream(),
                page -> Math.toIntExact(Math.min(Integer.MAX_VALUE, search.count(current))));
    }

    private static Component hit(PostHit hit) {
        Anchor title = new Anchor(hit.link(), hit.threadTitle());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("forum-search-title");
        Span where = new Span(hit.forumTitle() + " · " + hit.authorName() + " · " + PortalTime.dateTime(hit.createdAt()));
        where.addClassName("forum-search-meta");
        Paragraph excerpt = new Paragraph(hit.excerpt());
        excerpt.addClassName("forum-search-excerpt");
        Div cell = new Div(title, new Div(where), excerpt);
        cell.addClassName("forum-search-hit");
        return cell;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty()).map(List::getFirst)
                .orElse("");
    }

    private static Long number(String text) {
        try {
            return text.isBlank() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
