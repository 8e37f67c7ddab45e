package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Adds and renames organisations, so it gets a database of its own; each test changes a different one. */
@JoinedUpTest
@DirtiesContext
class OrganisationChangesTest {

    @Autowired
    OrganisationDirectory directory;
    @Autowired
    PeopleDirectory people;
    @Autowired
    AuditTrail audit;
    @Autowired
    PortalUserDetailsService users;

    @BeforeEach
    void signIn() {
        SignedInAs.demo(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void a_new_organisation_is_created_trimmed_and_audited() {
        long before = directory.count("");

        OrganisationDetails created = directory.create(
                new OrganisationChange("  Westfield Surgery ", OrganisationKind.GP_PRACTICE));

        assertThat(created.name()).isEqualTo("Westfield Surgery");
        assertThat(created.people()).isZero();
        assertThat(directory.count("")).isEqualTo(before + 1);
        List<AuditRecord> history = audit.history(OrganisationDirectory.AUDIT_SUBJECT, created.id(), 0, 10);
        assertThat(history).extracting(AuditRecord::details).containsExactly("Created \u201cWestfield Surgery\u201d (GP practice)");
        assertThat(history.getFirst().actorName()).isEqualTo("Alex Morgan");
    }

    @Test
    void renaming_and_changing_the_kind_are_audited_separately_and_members_stay_found_by_organisation() {
        OrganisationDetails trust = find("Northgate Hospitals NHS Foundation Trust");

        OrganisationDetails renamed = directory.update(trust.id(), trust.version(),
                new OrganisationChange("Northgate University Hospitals", OrganisationKind.COMMUNITY_PROVIDER));

        assertThat(renamed.name()).isEqualTo("Northgate University Hospitals");
        assertThat(renamed.kind()).isEqualTo(OrganisationKind.COMMUNITY_PROVIDER);
        assertThat(renamed.version()).isGreaterThan(trust.version());
        assertThat(audit.history(OrganisationDirectory.AUDIT_SUBJECT, trust.id(), 0, 10)).extracting(AuditRecord::details)
                .containsExactly("Kind changed from Acute trust to Community provider",
                        "Renamed \u201cNorthgate Hospitals NHS Foundation Trust\u201d to \u201cNorthgate University Hospitals\u201d");
        assertThat(people.find(new PeopleFilter("okafor", trust.id(), null, null, null), 0, 10))
                .extracting(PersonDetails::organisationName).containsExactly("Northgate University Hospitals");
    }

    @Test
    void changing_only_the_case_of_its_own_name_is_allowed() {
        OrganisationDetails council = find("Eastshire County Council");

        OrganisationDetails renamed = directory.update(council.id(), council.version(),
                new OrganisationChange("EASTSHIRE County Council", council.kind()));

        assertThat(renamed.name()).isEqualTo("EASTSHIRE County Council");
    }

    @Test
    void a_change_made_on_an_out_of_date_page_is_refused() {
        OrganisationDetails seenByBoth = find("Riverside Medical Practice");
        directory.update(seenByBoth.id(), seenByBoth.version(),
                new OrganisationChange("Riverside Health Centre", OrganisationKind.GP_PRACTICE));

        assertThatThrownBy(() -> directory.update(seenByBoth.id(), seenByBoth.version(),
                new OrganisationChange("Riverside Surgery", OrganisationKind.GP_PRACTICE)))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThat(directory.organisation(seenByBoth.id()).orElseThrow().name()).isEqualTo("Riverside Health Centre");
    }

    private OrganisationDetails find(String name) {
        return directory.find(name, 0, 1).getFirst();
    }
}
