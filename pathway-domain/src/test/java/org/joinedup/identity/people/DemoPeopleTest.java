package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Objects;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@JoinedUpTest
class DemoPeopleTest {

    @Autowired
    DemoPeople demo;
    @Autowired
    PersonRepository people;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void demo_data_covers_every_role_setting_and_kind_of_organisation() {
        assertThat(organisations.findAll()).extracting(Organisation::kind)
                .containsExactlyInAnyOrder(OrganisationKind.values());
        var roles = EnumSet.noneOf(Role.class);
        var settings = EnumSet.noneOf(CareSetting.class);
        people.findAll().forEach(p -> {
            roles.addAll(p.roles());
            if (p.careSetting() != null) {
                settings.add(p.careSetting());
            }
        });
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(settings).containsExactlyInAnyOrder(CareSetting.values());
    }

    @Test
    void every_listed_demo_account_signs_in_with_the_demo_password() {
        assertThat(demo.accounts()).hasSize((int) people.count());
        for (var account : demo.accounts()) {
            var user = users.loadUserByUsername(account.email());
            assertThat(passwordEncoder.matches(demo.password(), user.getPassword())).as(account.email()).isTrue();
            assertThat(user.getAuthorities()).hasSize(account.roles().size());
        }
    }

    @Test
    void seeding_again_adds_nothing() throws Exception {
        long before = people.count();

        demo.run(null);

        assertThat(people.count()).isEqualTo(before);
        assertThat(people.findAll()).map(Person::email).allMatch(Objects::nonNull);
    }
}
