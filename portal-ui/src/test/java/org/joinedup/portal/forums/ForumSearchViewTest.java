package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.forums.search.ForumSearch;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.ui.ForumSearchView;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The forum search page. Dr Priya Shah (gp) writes in Interface issues, which Margaret Hill
 * (patient), a patient partner, may not read, and in Patient voice, which she may.
 */
@DirtiesContext
class ForumSearchViewTest extends KaribuTest {

    @Test
    void a_search_lists_posts_the_person_may_read_with_thread_forum_author_and_excerpt_linking_to_the_post() {
        ForumService forums = context.getBean(ForumService.class);
        PostDetails open = DemoSignIn.actingAs(users, "gp", () -> forums.startThread(forum(forums, ForumKind.PATIENT_VOICE),
                new NewThread("Physiotherapy waits", "Physiotherapy after a knee replacement <b>starts</b> late.", null)));
        DemoSignIn.actingAs(users, "gp", () -> forums.startThread(forum(forums, ForumKind.INTERFACE_ISSUES),
                new NewThread("Physiotherapy referrals", "Physiotherapy referral forms go missing.", null)));

        signInAs("patient");
        navigateTo(ForumSearch.ROUTE);
        assertThat(currentView()).isEqualTo(ForumSearchView.class);
        _setValue(labelled(TextField.class, "Words"), "physiotherapy");
        _click(button("Search"));

        assertThat(_get(Paragraph.class, spec -> spec.withText("1 post found.")).isVisible()).isTrue();
        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        Component cell = _getCellComponent(grid, 0, "hit");
        Anchor title = _get(cell, Anchor.class);
        assertThat(title.getText()).isEqualTo("Physiotherapy waits");
        assertThat(title.getHref()).isEqualTo(ForumRoutes.post(open.threadId(), open.id()));
        assertThat(_get(cell, Span.class).getText()).startsWith("Patient voice · Dr Priya Shah · ");
        assertThat(_get(cell, Paragraph.class).getText()).as("the text as written, escaped by the page")
                .isEqualTo("Physiotherapy after a knee replacement <b>starts</b> late.");

        _setValue(labelled(TextField.class, "Words"), "");
        _setValue(labelled(TextField.class, "Written by"), "Priya");
        _click(button("Search"));
        assertThat(_size(grid)).isEqualTo(1);

        _setValue(labelled(TextField.class, "Words"), "referral");
        _click(button("Search"));
        assertThat(_find(Paragraph.class, spec -> spec.withText("No posts found in the forums you can read.")))
                .hasSize(1);
        assertThat(grid.isVisible()).isFalse();
    }

    @Test
    void the_address_carries_the_words_so_a_search_box_elsewhere_can_open_the_page() {
        signInAs("gp");
        navigateTo(ForumSearch.ROUTE, "q", "nothing like this");
        assertThat(labelled(TextField.class, "Words").getValue()).isEqualTo("nothing like this");
        assertThat(_find(Paragraph.class, spec -> spec.withText("No posts found in the forums you can read.")))
                .hasSize(1);
    }

    private static long forum(ForumService forums, ForumKind kind) {
        return forums.portalForums().stream().filter(forum -> forum.kind() == kind).findFirst().orElseThrow().id();
    }
}
