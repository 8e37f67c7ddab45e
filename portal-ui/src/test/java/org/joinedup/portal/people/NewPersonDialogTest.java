package org.joinedup.portal.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
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

        _setValue(dialog.displayName, "Dr Nia Evans");
        _setValue(dialog.email, "nia.evans@example.nhs.uk");
        _setValue(dialog.roles, Set.of(Role.CLINICIAN));
        _setValue(dialog.careSetting, CareSetting.PRIMARY);
        _setValue(dialog.firstPassword, "quiet river stones");
        _click(dialog.create);

        assertThat(_find(NewPersonDialog.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Dr Nia Evans");
    }

    @Test
    void refusals_appear_beside_their_fields_and_keep_what_was_typed() {
        signInAs("admin");
        navigateTo("people");
        _click(button("Add a person"));
        NewPersonDialog dialog = _get(NewPersonDialog.class);

        _setValue(dialog.displayName, "Someone New");
        _setValue(dialog.email, "gp@demo.joinedup.example");
        _setValue(dialog.roles, Set.of(Role.MODERATOR));
        _setValue(dialog.firstPassword, "quiet river stones");
        _click(dialog.create);

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Someone already has an account with this e-mail address");
        assertThat(dialog.displayName.getValue()).isEqualTo("Someone New");

        _setValue(dialog.email, "not an address");
        _click(dialog.create);
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter an e-mail address in the form name@example.com");

        _setValue(dialog.email, "someone.new@example.org");
        _setValue(dialog.roles, Set.of(Role.CLINICIAN));
        _click(dialog.create);
        assertThat(dialog.careSetting.isInvalid()).isTrue();
        assertThat(dialog.email.isInvalid()).isFalse();
        assertThat(_find(NewPersonDialog.class)).hasSize(1);
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
