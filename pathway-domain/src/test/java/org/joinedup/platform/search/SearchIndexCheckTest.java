package org.joinedup.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinedup.identity.people.PeopleDirectory;
import org.joinedup.identity.people.PeopleFilter;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** Changes people, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class SearchIndexCheckTest {

    @Autowired
    SearchIndexCheck check;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory directory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void rows_written_behind_the_index_are_found_after_the_start_up_check() throws Exception {
        jdbc.update("""
                insert into person (email, display_name, password_hash, organisation_id, status, created_at, version)
                select 'imported@example.org', 'Imogen Imported', '{noop}x', min(id), 'ACTIVE', now(6), 0 from organisation
                """);
        assertThat(directory.count(PeopleFilter.byText("imogen"))).isZero();

        check.reindexWhereStale();

        assertThat(directory.find(PeopleFilter.byText("imogen"), 0, 10)).extracting(PersonDetails::email)
                .containsExactly("imported@example.org");
    }
}
