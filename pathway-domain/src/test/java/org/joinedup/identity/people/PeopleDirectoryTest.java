package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@JoinedUpTest
class PeopleDirectoryTest {

    private static final List<String> CLINICIANS_BY_NAME = List.of("Daniel Hughes", "Dr Aisha Khan", "Dr Ben Carter",
            "Dr Chen Li", "Dr Owen Price", "Dr Priya Shah", "Dr Tomi Okafor", "Helen Brooks", "Jo Williams", "Maria Costa",
            "Ravi Patel", "Sam Reid");

    @Autowired
    PeopleDirectory directory;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    OrganisationRepository organisations;

    @BeforeEach
    void signIn() {
        SignedInAs.demo(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void an_administrator_lists_everyone_by_name_a_page_at_a_time() {
        long everyone = directory.count(PeopleFilter.byText(""));
        var firstPage = directory.find(PeopleFilter.byText(""), 0, 5);
        var secondPage = directory.find(PeopleFilter.byText(""), 5, 5);

        assertThat(everyone).isEqualTo(15);
        assertThat(firstPage).hasSize(5);
        assertThat(firstPage.getFirst().displayName()).isEqualTo("Alex Morgan");
        assertThat(firstPage).extracting(PersonDetails::displayName).isSorted();
        assertThat(secondPage).extracting(PersonDetails::id)
                .doesNotContainAnyElementsOf(firstPage.stream().map(PersonDetails::id).toList());
    }

    @Test
    void search_matches_typed_prefixes_of_name_words_and_whole_email_addresses() {
        assertThat(directory.find(PeopleFilter.byText("marg"), 0, 10)).extracting(PersonDetails::displayName)
                .containsExactly("Margaret Hill");
        assertThat(directory.find(PeopleFilter.byText("OKAFOR"), 0, 10)).extracting(PersonDetails::displayName)
                .containsExactly("Dr Tomi Okafor");
        assertThat(directory.find(PeopleFilter.byText("Nurse@Demo.JoinedUp.example"), 0, 10)).extracting(PersonDetails::displayName)
                .containsExactly("Jo Williams");
        assertThat(directory.count(PeopleFilter.byText("zzzz"))).isZero();
    }

    @Test
    void filters_without_text_combine_and_list_by_name() {
        var clinicians = new PeopleFilter("", null, Role.CLINICIAN, null, null);
        var secondaryClinicians = new PeopleFilter(" ", null, Role.CLINICIAN, CareSetting.SECONDARY, null);
        var northgate = new PeopleFilter(null, organisation("Northgate Hospitals NHS Foundation Trust"), null, null, null);
        var councilPublicHealth = new PeopleFilter("", organisation("Eastshire County Council"), null,
                CareSetting.PUBLIC_HEALTH, AccountStatus.ACTIVE);

        assertThat(names(clinicians, 0, 20)).containsExactlyElementsOf(CLINICIANS_BY_NAME);
        assertThat(directory.count(clinicians)).isEqualTo(12);
        assertThat(names(secondaryClinicians, 0, 20)).containsExactly("Dr Aisha Khan", "Dr Tomi Okafor", "Helen Brooks");
        assertThat(names(northgate, 0, 20)).containsExactly("Dr Tomi Okafor", "Helen Brooks");
        assertThat(names(councilPublicHealth, 0, 20)).containsExactly("Dr Chen Li");
        assertThat(names(new PeopleFilter("", null, Role.MODERATOR, null, null), 0, 20)).containsExactly("Lucy Evans");
        assertThat(directory.count(new PeopleFilter("", null, null, null, AccountStatus.DEACTIVATED))).isZero();
        assertThat(directory.count(new PeopleFilter("", null, Role.PATIENT_PARTNER, CareSetting.PRIMARY, null))).isZero();
    }

    @Test
    void filtered_pages_follow_on_exactly_even_when_they_do_not_start_on_a_page_boundary() {
        var clinicians = new PeopleFilter("", null, Role.CLINICIAN, null, null);
        List<String> pagedThrough = new ArrayList<>();
        for (int offset = 0; offset < 12; offset += 4) {
            pagedThrough.addAll(names(clinicians, offset, 4));
        }

        assertThat(pagedThrough).containsExactlyElementsOf(CLINICIANS_BY_NAME);
        assertThat(names(clinicians, 8, 4)).containsExactly("Jo Williams", "Maria Costa", "Ravi Patel", "Sam Reid");
        assertThat(names(clinicians, 3, 4)).containsExactlyElementsOf(CLINICIANS_BY_NAME.subList(3, 7));
        assertThat(names(clinicians, 12, 4)).isEmpty();
    }

    @Test
    void search_text_and_filters_combine_in_the_index() {
        var doctors = new PeopleFilter("dr", null, null, null, null);
        var primaryCareDoctors = new PeopleFilter("dr", null, Role.CLINICIAN, CareSetting.PRIMARY, null);
        var councilDoctors = new PeopleFilter("dr", organisation("Eastshire County Council"), null, null, null);
        var activeDoctors = new PeopleFilter("dr", null, null, null, AccountStatus.ACTIVE);

        assertThat(names(doctors, 0, 20)).containsExactlyInAnyOrder("Dr Aisha Khan", "Dr Ben Carter", "Dr Chen Li",
                "Dr Owen Price", "Dr Priya Shah", "Dr Tomi Okafor");
        assertThat(names(primaryCareDoctors, 0, 20)).containsExactlyInAnyOrder("Dr Ben Carter", "Dr Owen Price",
                "Dr Priya Shah");
        assertThat(directory.count(primaryCareDoctors)).isEqualTo(3);
        assertThat(names(councilDoctors, 0, 20)).containsExactly("Dr Chen Li");
        assertThat(directory.count(activeDoctors)).isEqualTo(6);
        assertThat(directory.count(new PeopleFilter("dr", null, null, null, AccountStatus.DEACTIVATED))).isZero();
        assertThat(directory.count(new PeopleFilter("dr", null, Role.QI_LEAD, null, null))).isZero();
        assertThat(names(new PeopleFilter("helen", null, Role.QI_LEAD, CareSetting.SECONDARY, null), 0, 20))
                .containsExactly("Helen Brooks");
    }

    @Test
    void searched_pages_follow_on_without_gaps_or_repeats() {
        var doctors = new PeopleFilter("dr", null, Role.CLINICIAN, null, null);

        List<String> pagedThrough = new ArrayList<>();
        pagedThrough.addAll(names(doctors, 0, 2));
        pagedThrough.addAll(names(doctors, 2, 2));
        pagedThrough.addAll(names(doctors, 4, 2));

        assertThat(pagedThrough).containsExactlyElementsOf(names(doctors, 0, 20));
        assertThat(pagedThrough).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void people_who_are_not_administrators_are_refused() {
        SignedInAs.demo(users, "moderator");

        assertThatThrownBy(() -> directory.find(PeopleFilter.byText(""), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(PeopleFilter.byText(""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.find(PeopleFilter.EVERYONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(PeopleFilter.EVERYONE)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> names(PeopleFilter filter, int offset, int limit) {
        return directory.find(filter, offset, limit).stream().map(PersonDetails::displayName).toList();
    }

    private Long organisation(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }
}
