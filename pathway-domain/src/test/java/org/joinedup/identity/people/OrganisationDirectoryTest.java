package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reads the demo organisations and checks refusals, which change nothing. */
@JoinedUpTest
class OrganisationDirectoryTest {

    private static final List<String> DEMO_BY_NAME = List.of("East Place Kidney Patients' Group",
            "East Place Primary Care Network", "Eastshire Community Health NHS Trust", "Eastshire County Council",
            "Eastshire ICB, East Place", "Eastshire Local Medical Committee", "Eastshire Mental Health NHS Trust",
            "Northgate Hospitals NHS Foundation Trust", "Northgate Local Negotiating Committee",
            "Riverside Medical Practice");

    @Autowired
    OrganisationDirectory directory;
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
    void organisations_are_listed_by_name_a_page_at_a_time_with_how_many_people_belong() {
        List<String> pagedThrough = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 4) {
            pagedThrough.addAll(names(directory.find("", offset, 4)));
        }

        assertThat(directory.count("")).isEqualTo(10);
        assertThat(pagedThrough).containsExactlyElementsOf(DEMO_BY_NAME);
        assertThat(names(directory.find("", 3, 4))).containsExactlyElementsOf(DEMO_BY_NAME.subList(3, 7));
        assertThat(names(directory.find("eastSHIRE", 0, 10))).containsExactly("Eastshire Community Health NHS Trust",
                "Eastshire County Council", "Eastshire ICB, East Place", "Eastshire Local Medical Committee",
                "Eastshire Mental Health NHS Trust");
        assertThat(directory.count("100%")).isZero();
        assertThat(find("Eastshire County Council").people()).isEqualTo(2);
        assertThat(find("Northgate Local Negotiating Committee").people()).isEqualTo(1);
        assertThat(find("Northgate Local Negotiating Committee").kind()).isEqualTo(OrganisationKind.LNC);
    }

    @Test
    void a_name_already_taken_is_refused_whatever_its_case_and_nothing_is_saved() {
        assertThatThrownBy(() -> directory.create(
                new OrganisationChange(" riverside MEDICAL practice", OrganisationKind.GP_PRACTICE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).startsWith(
                            "There is already an organisation called \u201criverside MEDICAL practice\u201d");
                });
        OrganisationDetails council = find("Eastshire County Council");
        assertThatThrownBy(() -> directory.update(council.id(), council.version(),
                new OrganisationChange("Riverside Medical Practice", OrganisationKind.LOCAL_AUTHORITY)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));

        assertThat(directory.count("")).isEqualTo(10);
        assertThat(find("Eastshire County Council")).isEqualTo(council);
        assertThat(audit.historySize(OrganisationDirectory.AUDIT_SUBJECT, council.id())).isZero();
    }

    @Test
    void a_blank_or_overlong_name_or_no_kind_is_refused() {
        assertThatThrownBy(() -> directory.create(new OrganisationChange("   ", OrganisationKind.LMC)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Enter the organisation's name");
        assertThatThrownBy(() -> directory.create(
                new OrganisationChange("x".repeat(PeopleLimits.ORGANISATION_NAME_MAX + 1), OrganisationKind.LMC)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most " + PeopleLimits.ORGANISATION_NAME_MAX);
        assertThatThrownBy(() -> directory.create(new OrganisationChange("Kind unknown", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Choose what kind of organisation it is");

        assertThat(directory.count("")).isEqualTo(10);
    }

    @Test
    void people_who_are_not_administrators_are_refused() {
        OrganisationDetails council = find("Eastshire County Council");
        SignedInAs.demo(users, "moderator");

        assertThatThrownBy(() -> directory.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.organisation(council.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.create(new OrganisationChange("Anything", OrganisationKind.LMC)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.update(council.id(), council.version(),
                new OrganisationChange("Anything", OrganisationKind.LMC))).isInstanceOf(AccessDeniedException.class);
    }

    private OrganisationDetails find(String name) {
        return directory.find(name, 0, 1).getFirst();
    }

    private static List<String> names(List<OrganisationDetails> organisations) {
        return organisations.stream().map(OrganisationDetails::name).toList();
    }
}
