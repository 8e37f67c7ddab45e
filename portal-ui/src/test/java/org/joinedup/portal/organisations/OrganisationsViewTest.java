package org.joinedup.portal.organisations;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.OrganisationKind;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Adds and renames organisations, so it gets a database of its own. */
@DirtiesContext
class OrganisationsViewTest extends KaribuTest {

    @Test
    void organisations_are_listed_by_name_with_their_kind_and_how_many_people_belong() {
        signInAs("admin");
        navigateTo("organisations");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Find by name")), "northgate");

        assertThat(rows()).extracting(OrganisationDetails::name, OrganisationDetails::kind, OrganisationDetails::people)
                .containsExactly(
                        tuple("Northgate Hospitals NHS Foundation Trust",
                                OrganisationKind.ACUTE_TRUST, 2L),
                        tuple("Northgate Local Negotiating Committee",
                                OrganisationKind.LNC, 1L));
    }

    @Test
    void a_new_organisation_is_added_through_the_dialog() {
        signInAs("admin");
        navigateTo("organisations");
        int before = _size(grid());

        _click(_get(Button.class, spec -> spec.withText("Add an organisation")));
        _setValue(dialogName(), "Westfield Surgery");
        selectByLabel(kind(), "GP practice");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        expectNotifications("\u201cWestfield Surgery\u201d added");
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_size(grid())).isEqualTo(before + 1);
        assertThat(rows()).extracting(OrganisationDetails::name).contains("Westfield Surgery");
    }

    @Test
    void a_name_already_taken_is_refused_at_the_field_and_the_dialog_keeps_what_was_typed() {
        signInAs("admin");
        navigateTo("organisations");
        int before = _size(grid());

        _click(_get(Button.class, spec -> spec.withText("Add an organisation")));
        _setValue(dialogName(), "riverside medical practice");
        selectByLabel(kind(), "GP practice");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(dialogName().isInvalid()).isTrue();
        assertThat(dialogName().getErrorMessage())
                .startsWith("There is already an organisation called \u201criverside medical practice\u201d");
        assertThat(dialogName().getValue()).isEqualTo("riverside medical practice");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_size(grid())).isEqualTo(before);
    }

    @Test
    void an_empty_name_is_refused_before_anything_is_sent() {
        signInAs("admin");
        navigateTo("organisations");

        _click(_get(Button.class, spec -> spec.withText("Add an organisation")));
        selectByLabel(kind(), "Local medical committee");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(dialogName().isInvalid()).isTrue();
        assertThat(dialogName().getErrorMessage()).isEqualTo("Enter the organisation's name");
    }

    @Test
    void an_organisation_is_renamed_and_reclassified_from_its_row() {
        signInAs("admin");
        navigateTo("organisations");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Find by name")), "county council");

        _click((Button) _getCellComponent(grid(), 0, "edit"));
        _setValue(dialogName(), "Eastshire Council");
        selectByLabel(kind(), "ICB / Place");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        expectNotifications("Changes to \u201cEastshire Council\u201d saved");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Find by name")), "eastshire council");
        assertThat(rows()).extracting(OrganisationDetails::name, OrganisationDetails::kind)
                .containsExactly(tuple("Eastshire Council", OrganisationKind.ICB_PLACE));
    }

    @Test
    void a_moderator_is_told_they_have_no_access() {
        signInAs("moderator");

        assertThat(openAddress("organisations")).isEqualTo(403);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<OrganisationDetails> grid() {
        return _get(Grid.class);
    }

    private static List<OrganisationDetails> rows() {
        return _findAll(grid());
    }

    private static TextField dialogName() {
        return _get(_get(Dialog.class), TextField.class, spec -> spec.withLabel("Name"));
    }

    @SuppressWarnings("unchecked")
    private static Select<OrganisationKind> kind() {
        return _get(Select.class, spec -> spec.withLabel("Kind"));
    }
}
