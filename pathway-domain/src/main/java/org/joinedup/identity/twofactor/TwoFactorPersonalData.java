package org.joinedup.identity.twofactor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two-step sign-in's part of "your data": whether it is set up and since when; never the
 * secret or the recovery codes. Closing the account removes both.
 */
@Component
@Order(10)
class TwoFactorPersonalData implements PersonalDataContributor {

    private final SecondFactorStore store;

    TwoFactorPersonalData(SecondFactorStore store) {
        this.store = store;
    }

    @Override
    public PersonalDataSection export(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        var secondFactor = store.find(personId);
        data.put("setUp", secondFactor.isPresent());
        data.put("setUpAt", secondFactor.map(SecondFactor::enrolledAt).orElse(null));
        return new PersonalDataSection("twoStepSignIn",
                "Whether you sign in with an authenticator code as well as your password.", data);
    }

    @Override
    public void erase(long personId) {
        store.remove(personId);
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.of("second_factor.person_id", "recovery_code.person_id");
    }
}
