package org.joinedup.portal.people;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.junit.jupiter.api.Test;

class PeopleViewTest extends KaribuTest {

    @Test
    void an_administrator_sees_everyone_and_narrows_the_list_by_typing() {
        signInAs("admin");
        navigateTo("people");

        assertThat(_size(grid())).isEqualTo(15);

        _setValue(search(), "okaf");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).displayName()).isEqualTo("Dr Tomi Okafor");
    }

    @Test
    void filters_for_role_setting_and_organisation_combine_with_the_search_text() {
        signInAs("admin");
        navigateTo("people");

        selectByLabel(select("Role"), "Clinician");
        assertThat(_size(grid())).isEqualTo(12);
        selectByLabel(select("Care setting"), "Secondary care");
        assertThat(names()).containsExactly("Dr Aisha Khan", "Dr Tomi Okafor", "Helen Brooks");
        selectByLabel(organisation(), "Northgate Hospitals NHS Foundation Trust");
        assertThat(names()).containsExactly("Dr Tomi Okafor", "Helen Brooks");
        _setValue(search(), "helen");
        assertThat(names()).containsExactly("Helen Brooks");

        _setValue(search(), "");
        _setValue(organisation(), null);
        _setValue(select("Role"), null);
        _setValue(select("Care setting"), null);
        assertThat(_size(grid())).isEqualTo(15);
    }

    @Test
    void filters_that_match_no_one_say_so() {
        signInAs("admin");
        navigateTo("people");

        selectByLabel(select("Status"), "Deactivated");

        assertThat(_size(grid())).isZero();
        assertThat(_get(Span.class, spec -> spec.withClasses("empty-state")).getText())
                .isEqualTo("No one matches the filters you chose.");
    }

    @Test
    void a_search_with_no_match_says_so() {
        signInAs("admin");
        navigateTo("people");

        _setValue(search(), "qwxz");

        assertThat(_get(Span.class, spec -> spec.withClasses("empty-state")).getText())
                .startsWith("No one matches \u201cqwxz\u201d");
    }

    @Test
    void clicking_a_person_opens_their_page() {
        signInAs("admin");
        navigateTo("people");
        _setValue(search(), "margaret");

        _clickItem(grid(), 0);

        assertThat(currentView()).isAssignableTo(PersonView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Margaret Hill");
    }

    @Test
    void a_moderator_is_told_they_have_no_access() {
        signInAs("moderator");
        navigateTo("people");

        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonDetails> grid() {
        return _get(Grid.class);
    }

    private static java.util.List<String> names() {
        return _findAll(grid()).stream().map(PersonDetails::displayName).toList();
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withPlaceholder("Search by name or e-mail"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> organisation() {
        return _get(ComboBox.class, spec -> spec.withLabel("Organisation"));
    }
}
