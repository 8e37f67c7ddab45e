package org.joinedup.identity.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.joinedup.platform.yourdata.ErasureRefusedException;
import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people feature's part of "your data": the account itself. Closing keeps the row,
 * so contributions stay attributed, but erases everything that identifies the person.
 */
@Component
@Order(0)
class PeoplePersonalData implements PersonalDataContributor {

    private final PersonRepository people;
    private final ExternalIdentityRepository externalIdentities;
    private final SignInFailuresRepository signInFailures;
    private final AccountTokenRepository accountTokens;
    private final CodeFailuresRepository codeFailures;

    PeoplePersonalData(PersonRepository people, ExternalIdentityRepository externalIdentities,
            SignInFailuresRepository signInFailures, AccountTokenRepository accountTokens,
            CodeFailuresRepository codeFailures) {
        this.people = people;
        this.externalIdentities = externalIdentities;
        this.signInFailures = signInFailures;
        this.accountTokens = accountTokens;
        this.codeFailures = codeFailures;
    }

    @Override
    public PersonalDataSection export(long personId) {
        Person person = find(personId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", person.id());
        data.put("email", person.email());
        data.put("displayName", person.displayName());
        data.put("realName", person.realName());
        data.put("profession", person.profession());
        Organisation organisation = person.organisation();
        if (organisation == null) {
            data.put("organisation", null);
        } else {
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("name", organisation.name());
            about.put("kind", organisation.kind().label());
            data.put("organisation", about);
        }
        data.put("careSetting", person.careSetting() == null ? null : person.careSetting().label());
        data.put("roles", person.roles().stream().sorted().map(Role::label).toList());
        data.put("accountStatus", person.status().label());
        data.put("joinedAt", person.createdAt());
        data.put("communityGuidelinesAcceptedAt", person.guidelinesAcceptedAt());
        data.put("emailConfirmed", person.emailConfirmed());
        data.put("lastSignInAt", person.lastSignInAt());
        data.put("previousSignInAt", person.previousSignInAt());
        data.put("signInProviders", externalIdentities.findByPersonIdOrderByLinkedAt(personId).stream()
                .map(identity -> {
                    Map<String, Object> link = new LinkedHashMap<>();
                    link.put("issuer", identity.issuer());
                    link.put("subject", identity.subject());
                    link.put("linkedAt", identity.linkedAt());
                    return link;
                })
                .toList());
        return new PersonalDataSection("account",
                "Your account: who you are on JoinedUp, your organisation, your roles and when you signed in.", data);
    }

    @Override
    public void erase(long personId) {
        Person person = find(personId);
        if (person.roles().contains(Role.ADMIN) && person.status() == AccountStatus.ACTIVE
                && people.lockHolders(Role.ADMIN, AccountStatus.ACTIVE).size() <= 1) {
            throw new ErasureRefusedException("You are the only active administrator, so your account cannot be "
                    + "closed yet. Make someone else an administrator first.");
        }
        // A closed account must not be reachable again through an identity provider either.
        externalIdentities.deleteByPerson(personId);
        signInFailures.forget(SignInLockout.accountKey(person.email()));
        // Links e-mailed to the address must not open anything once the account is closed.
        accountTokens.deleteByPerson(personId);
        codeFailures.forget(personId);
        // Unique and never deliverable (RFC 2606), so the e-mail column stays unique and no mail can reach it.
        person.erase("closed-" + personId + "@closed.invalid");
    }

    private Person find(long personId) {
        return people.findWithOrganisationById(personId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
    }

    /** The account's own row is renamed and its address made unroutable; roles stay (decision 007). */
    @Override
    public Set<String> coveredColumns() {
        return Set.of("person.email", "person.display_name", "person.real_name", "person_role.person_id",
                "external_identity.person_id", "account_token.person_id", "code_failures.person_id");
    }
}
