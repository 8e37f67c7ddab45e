package org.joinedup.portal.profile;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.annotation.DirtiesContext;

/** Closes accounts, so it gets a database of its own. */
@DirtiesContext
class YourDataSectionTest extends KaribuTest {

    @Autowired
    DemoPeople demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_profile_offers_a_download_of_the_persons_own_data() {
        signInAs("consultant");
        navigateTo("profile");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Download my data"));

        String file = new String(_download(link), StandardCharsets.UTF_8);

        assertThat(link.isDownload()).isTrue();
        assertThat(file).contains("\"portal\" : \"JoinedUp\"", "consultant@demo.joinedup.example", "Dr Tomi Okafor")
                .doesNotContain("gp@demo.joinedup.example");
    }

    @Test
    void a_wrong_password_keeps_the_dialog_open_with_a_message_and_the_account_open() {
        signInAs("nurse");
        navigateTo("profile");
        _click(button("Close my account\u2026"));

        _setValue(password(), "not my password");
        _click(button("Close my account"));

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("That is not your current password");
        assertThat(password().getValue()).isEqualTo("not my password");
        assertThat(users.loadUserByUsername("nurse@demo.joinedup.example")).isNotNull();
    }

    @Test
    void an_empty_password_is_asked_for_before_anything_is_sent() {
        signInAs("nurse");
        navigateTo("profile");
        _click(button("Close my account\u2026"));
        Map<String, Object> before = database("nurse");

        _click(button("Close my account"));

        assertThat(password().getErrorMessage()).isEqualTo("Enter your password");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(database("nurse")).isEqualTo(before);
    }

    @Test
    void keeping_the_account_closes_the_dialog_and_changes_nothing() {
        signInAs("nurse");
        navigateTo("profile");
        _click(button("Close my account\u2026"));
        Map<String, Object> before = database("nurse");

        _click(button("Keep my account"));

        _assertNone(Dialog.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        assertThat(database("nurse")).isEqualTo(before);
    }

    @Test
    void the_right_password_closes_the_account_and_signs_the_person_out() {
        signInAs("socialcare");
        navigateTo("profile");
        _click(button("Close my account\u2026"));

        _setValue(password(), demo.password());
        _click(button("Close my account"));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThatThrownBy(() -> users.loadUserByUsername("socialcare@demo.joinedup.example"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void the_last_administrator_is_told_why_their_account_cannot_close() {
        signInAs("admin");
        navigateTo("profile");
        _click(button("Close my account\u2026"));

        _setValue(password(), demo.password());
        _click(button("Close my account"));

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dialog-refusal")).getText())
                .isEqualTo("You are the only active administrator, so your account cannot be closed yet. "
                        + "Make someone else an administrator first.");
        assertThat(users.loadUserByUsername("admin@demo.joinedup.example")).isNotNull();
    }

    /**
     * What "changes nothing" is checked against: how many rows every table holds (the audit
     * trail among them) and the person's own row as it is stored.
     */
    private Map<String, Object> database(String localPart) {
        Map<String, Object> state = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'", String.class)) {
            state.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        state.put("the person's row", jdbc.queryForMap("select * from person where email = ?",
                localPart + "@demo.joinedup.example"));
        return state;
    }

    private static PasswordField password() {
        return _get(PasswordField.class, spec -> spec.withLabel("Your password"));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
