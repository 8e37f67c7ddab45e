package org.joinedup.portal.outbox;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Pre;
import org.joinedup.identity.people.PasswordReset;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.joinedup.testing.TestOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With no mail server set, administrators read every mail the portal wrote, as the demo needs. */
@DirtiesContext
class OutboxViewTest extends KaribuTest {

    static final TestOutbox OUTBOX = TestOutbox.create();

    @DynamicPropertySource
    static void outbox(DynamicPropertyRegistry registry) {
        OUTBOX.configure(registry);
    }

    @Autowired
    PasswordReset passwordReset;

    @Test
    void an_administrator_sees_that_mail_goes_to_the_outbox_lists_it_and_reads_one() {
        passwordReset.request("patient@demo.joinedup.example");
        assertThat(OUTBOX.mails()).as("written to the folder").hasSize(1);

        signInAs("admin");
        navigateTo("outbox");

        OutboxView page = _get(OutboxView.class);
        assertThat(page.delivery.getText()).startsWith("No mail server is set, so every e-mail the portal sends is "
                + "written to the outbox folder");
        assertThat(_size(page.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(page.grid, 0)).startsWith("patient@demo.joinedup.example",
                "Choose a new JoinedUp password");

        _selectRow(page.grid, 0);

        assertThat(page.message.isVisible()).isTrue();
        assertThat(_get(page.message, Pre.class).getText()).startsWith("Dear Margaret Hill,")
                .contains("http://localhost:8080/reset-password?token=");
    }

    @Test
    void only_administrators_open_the_outbox() {
        signInAs("moderator");
        navigateTo("outbox");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
