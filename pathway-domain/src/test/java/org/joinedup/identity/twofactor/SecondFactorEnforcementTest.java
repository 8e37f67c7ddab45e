package org.joinedup.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;

import org.joinedup.identity.people.PeopleDirectory;
import org.joinedup.identity.people.PeopleFilter;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Method security demands the second factor wherever the rule applies: halfway through
 * sign-in, or with a staff password alone, no service answers.
 */
@JoinedUpTest
class SecondFactorEnforcementTest {

    @Autowired
    TwoStepSignIn twoStep;
    @Autowired
    AuthenticationProvider passwords;
    @Autowired
    ProfileService profiles;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    SecondFactorService secondFactors;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void halfway_through_sign_in_no_service_answers() {
        SignIns.as(twoStep.afterFirstStep(SignIns.password(passwords, "admin")).orElseThrow());

        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(PeopleFilter.byText(""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactors.myStatus()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_staff_password_alone_opens_no_service_even_with_all_the_roles() {
        SignIns.as(SignIns.password(passwords, "admin"));

        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(PeopleFilter.byText(""))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void with_the_second_factor_everything_the_roles_allow_answers() {
        var password = SignIns.password(passwords, "admin");
        var authorities = new ArrayList<GrantedAuthority>(password.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorRule.AUTHORITY));
        SignIns.as(UsernamePasswordAuthenticationToken.authenticated(password.getPrincipal(), null, authorities));

        assertThat(profiles.myProfile().displayName()).isEqualTo("Alex Morgan");
        assertThat(directory.count(PeopleFilter.byText(""))).isPositive();
    }

    @Test
    void a_patient_partner_without_two_step_sign_in_goes_straight_in_with_the_password() {
        SignIns.as(SignIns.password(passwords, "patient"));

        assertThat(profiles.myProfile().displayName()).isEqualTo("Margaret Hill");
        assertThat(secondFactors.myStatus().setUp()).isFalse();
        assertThat(secondFactors.myStatus().required()).isFalse();
    }
}
