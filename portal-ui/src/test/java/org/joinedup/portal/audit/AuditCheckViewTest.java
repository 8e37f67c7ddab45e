package org.joinedup.portal.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import org.joinedup.identity.people.OrganisationChange;
import org.joinedup.identity.people.OrganisationDirectory;
import org.joinedup.identity.people.OrganisationKind;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** Writes to the audit trail, so it gets a database of its own. */
@DirtiesContext
class AuditCheckViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationDirectory organisations;

    @Test
    void an_administrator_checks_the_trail_and_is_told_when_an_entry_was_edited() {
        signInAs("admin");
        organisations.create(new OrganisationChange("Westfield Surgery", OrganisationKind.GP_PRACTICE));
        navigateTo("audit");
        Map<String, Object> entry = jdbc.queryForMap("select id, details from audit_entry order by id limit 1");

        _click(_get(Button.class, spec -> spec.withText("Check the audit trail now")));
        assertThat(_get(AuditCheckView.class).result.getText()).startsWith("The trail is intact");

        jdbc.update("update audit_entry set details = 'Nothing to see' where id = ?", entry.get("id"));
        try {
            _click(_get(Button.class, spec -> spec.withText("Check the audit trail now")));
            assertThat(_get(AuditCheckView.class).result.getText()).startsWith("The trail has been tampered with")
                    .contains("Entry " + entry.get("id") + " does not follow");
        } finally {
            jdbc.update("update audit_entry set details = ? where id = ?", entry.get("details"), entry.get("id"));
        }
    }
}
