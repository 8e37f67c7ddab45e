package org.joinedup.pathway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@JoinedUpTest
class PeopleDirectoryTest {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    PortalUserDetailsService users;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void an_administrator_lists_everyone_by_name_a_page_at_a_time() {
        SignedInAs.demo(users, "admin");

        long everyone = directory.count("");
        var firstPage = directory.find("", 0, 5);
        var secondPage = directory.find("", 5, 5);

        assertThat(everyone).isEqualTo(14);
        assertThat(firstPage).hasSize(5);
        assertThat(firstPage.getFirst().displayName()).isEqualTo("Alex Morgan");
        assertThat(firstPage).extracting(PersonDetails::displayName).isSorted();
        assertThat(secondPage).extracting(PersonDetails::id)
                .doesNotContainAnyElementsOf(firstPage.stream().map(PersonDetails::id).toList());
    }

    @Test
    void search_matches_typed_prefixes_of_name_words_and_whole_email_addresses() {
        SignedInAs.demo(users, "admin");

        assertThat(directory.find("marg", 0, 10)).extracting(PersonDetails::displayName)
                .containsExactly("Margaret Hill");
        assertThat(directory.find("OKAFOR", 0, 10)).extracting(PersonDetails::displayName)
                .containsExactly("Dr Tomi Okafor");
        assertThat(directory.find("Nurse@Demo.JoinedUp.example", 0, 10)).extracting(PersonDetails::displayName)
                .containsExactly("Jo Williams");
        assertThat(directory.count("zzzz")).isZero();
    }

    @Test
    void people_who_are_not_administrators_are_refused() {
        SignedInAs.demo(users, "moderator");

        assertThatThrownBy(() -> directory.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count("")).isInstanceOf(AccessDeniedException.class);
    }
}
