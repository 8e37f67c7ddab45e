package org.joinedup.portal.passwordreset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.ui.TooManyRequests;
import org.joinedup.testing.MovableClock;
import org.joinedup.testing.TestMailServer;
import org.joinedup.testing.TestOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** A forgotten password, from the sign-in page to a new password, as a visitor sees it. */
@DirtiesContext
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = {
        "joinedup.anonymous-requests.per-address=4",
        "joinedup.anonymous-requests.per-address-window=10m"})
class PasswordResetViewsTest extends KaribuTest {

    static final TestOutbox OUTBOX = TestOutbox.create();

    @DynamicPropertySource
    static void outbox(DynamicPropertyRegistry registry) {
        OUTBOX.configure(registry);
    }

    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void everyAddressHasItsAllowanceBack() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void the_sign_in_page_leads_to_a_link_that_sets_a_new_password_once() {
        navigateTo("login");
        assertThat(_get(Anchor.class, spec -> spec.withText("Forgotten your password?")).getHref())
                .isEqualTo("forgot-password");
        navigateTo("forgot-password");
        _setValue(_get(ForgotPasswordView.class).email, "patient@demo.joinedup.example");
        _click(_get(ForgotPasswordView.class).send);
        assertThat(_get(H1.class).getText()).isEqualTo("Check your e-mail");

        String link = OUTBOX.newestLink("patient@demo.joinedup.example", "reset-password");
        navigateTo("reset-password", "token", TestMailServer.token(link));
        ResetPasswordView page = _get(ResetPasswordView.class);
        _setValue(page.password, "Password1234");
        _setValue(page.confirmation, "Password1234");
        _click(page.save);
        assertThat(page.password.isInvalid()).isTrue();
        assertThat(page.password.getErrorMessage()).startsWith("This is one of the most common passwords");

        _setValue(page.password, "kettle on the windowsill at dawn");
        _setValue(page.confirmation, "kettle on the windowsill at dawn");
        _click(page.save);

        assertThat(_get(H1.class).getText()).isEqualTo("Your password is changed");
        assertThat(text()).contains("You have been signed out everywhere.");
        navigateTo("reset-password", "token", TestMailServer.token(link));
        assertThat(_get(H1.class).getText()).isEqualTo("This link cannot be used");
        assertThat(text()).contains("This link has already been used");
    }

    @Test
    void an_unknown_address_gets_the_same_page_and_no_mail() {
        String known = answerFor("nurse@demo.joinedup.example");
        int mails = OUTBOX.mails().size();

        String unknown = answerFor("nobody-at-all@example.org");

        assertThat(unknown.replace("nobody-at-all@example.org", "nurse@demo.joinedup.example")).isEqualTo(known);
        assertThat(OUTBOX.mails()).hasSize(mails);
    }

    @Test
    void an_expired_or_mistyped_link_says_so_and_offers_a_new_one() {
        answerFor("consultant@demo.joinedup.example");
        String token = TestMailServer.token(OUTBOX.newestLink("consultant@demo.joinedup.example", "reset-password"));
        clock.advance(Duration.ofMinutes(30));

        navigateTo("reset-password", "token", token);
        assertThat(text()).contains("This link has expired: links work for 30 minutes.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Ask for a new link")).getHref()).isEqualTo("forgot-password");

        navigateTo("reset-password", "token", token.substring(1));
        assertThat(text()).contains("This link is not one we recognise.");
    }

    @Test
    void too_many_requests_from_one_network_are_refused_with_a_plain_message_and_the_address_kept() {
        for (int i = 0; i < 4; i++) {
            answerFor("someone" + i + "@example.org");
        }
        navigateTo("forgot-password");
        ForgotPasswordView page = _get(ForgotPasswordView.class);
        _setValue(page.email, "one-too-many@example.org");
        _click(page.send);

        assertThat(page.refusal.isVisible()).isTrue();
        assertThat(page.refusal.getText()).isEqualTo(TooManyRequests.MESSAGE)
                .isEqualTo("Too many requests from your network just now; try again in a few minutes.");
        assertThat(page.email.getValue()).isEqualTo("one-too-many@example.org");
    }

    private String answerFor(String address) {
        navigateTo("forgot-password");
        ForgotPasswordView page = _get(ForgotPasswordView.class);
        _setValue(page.email, address);
        _click(page.send);
        return text();
    }

    private static String text() {
        return _get(Main.class).getElement().getTextRecursively();
    }
}
