package org.joinedup.portal.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.Role;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Adds people, so it gets a database of its own. */
@DirtiesContext
class NewPersonDialogTest extends KaribuTest {

    @Test
    void an_administrator_adds_a_clinician_and_lands_on_their_page() {
        signInAs("admin");
        navigateTo("people");
        _click(button("Add a person"));
        NewPersonDialog dialog = _get(NewPersonDialog.class);

        _setValue(labelled(dialog, TextField.class, "Name"), "Dr Nia Evans");
        _setValue(labelled(dialog, TextField.class, "E-mail address"), "nia.evans@example.nhs.uk");
        _setValue(roles(dialog), Set.of(Role.CLINICIAN));
        _setValue(labelled(dialog, Select.class, "Care setting"), CareSetting.PRIMARY);
        _setValue(labelled(dialog, PasswordField.class, "First password"), "quiet river stones");
        _click(button(dialog, "Add the person"));

        assertThat(_find(NewPersonDialog.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Dr Nia Evans");
    }

    @Test
    void refusals_appear_beside_their_fields_and_keep_what_was_typed() {
        signInAs("admin");
        navigateTo("people");
        _click(button("Add a person"));
        NewPersonDialog dialog = _get(NewPersonDialog.class);

        _setValue(labelled(dialog, TextField.class, "Name"), "Someone New");
        _setValue(labelled(dialog, TextField.class, "E-mail address"), "gp@demo.joinedup.example");
        _setValue(roles(dialog), Set.of(Role.MODERATOR));
        _setValue(labelled(dialog, PasswordField.class, "First password"), "quiet river stones");
        _click(button(dialog, "Add the person"));

        assertThat(labelled(dialog, TextField.class, "E-mail address").isInvalid()).isTrue();
        assertThat(labelled(dialog, TextField.class, "E-mail address").getErrorMessage()).isEqualTo("Someone already has an account with this e-mail address");
        assertThat(labelled(dialog, TextField.class, "Name").getValue()).isEqualTo("Someone New");

        _setValue(labelled(dialog, TextField.class, "E-mail address"), "not an address");
        _click(button(dialog, "Add the person"));
        assertThat(labelled(dialog, TextField.class, "E-mail address").getErrorMessage()).isEqualTo("Enter an e-mail address in the form name@example.com");

        _setValue(labelled(dialog, TextField.class, "E-mail address"), "someone.new@example.org");
        _setValue(roles(dialog), Set.of(Role.CLINICIAN));
        _click(button(dialog, "Add the person"));
        assertThat(labelled(dialog, Select.class, "Care setting").isInvalid()).isTrue();
        assertThat(labelled(dialog, TextField.class, "E-mail address").isInvalid()).isFalse();
        assertThat(_find(NewPersonDialog.class)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles(NewPersonDialog dialog) {
        return labelled(dialog, CheckboxGroup.class, "Roles");
    }
}
