package org.joinedup.portal.people;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.pathway.people.PersonDetails;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.junit.jupiter.api.Test;

class PeopleViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_sees_everyone_and_narrows_the_list_by_typing() {
        signInAs("admin");
        navigateTo("people");
        Grid<PersonDetails> grid = _get(Grid.class);

        assertThat(_size(grid)).isEqualTo(14);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or e-mail")), "okaf");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).displayName()).isEqualTo("Dr Tomi Okafor");
    }

    @Test
    void a_search_with_no_match_says_so() {
        signInAs("admin");
        navigateTo("people");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or e-mail")), "qwxz");

        assertThat(_get(Span.class, spec -> spec.withClasses("empty-state")).getText())
                .startsWith("No one matches \u201cqwxz\u201d");
    }

    @Test
    void a_moderator_is_told_they_have_no_access() {
        signInAs("moderator");
        navigateTo("people");

        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
