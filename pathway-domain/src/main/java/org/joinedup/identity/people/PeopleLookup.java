package org.joinedup.identity.people;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names, care settings, account status and roles of people that other features refer to
 * by id, so no other feature queries the people tables itself. Not a service: other
 * features call it inside their own checked operations (and in jobs, with nobody signed
 * in), never with input from the browser.
 */
@Component
public class PeopleLookup {

    private final PersonRepository people;

    PeopleLookup(PersonRepository people) {
        this.people = people;
    }

    /** Person id to display name, for those among {@code personIds} who exist. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findAllById(Set.copyOf(personIds)).stream()
                .collect(Collectors.toMap(Person::id, Person::displayName));
    }

    /** Person id to card, for those among {@code personIds} who exist. */
    @Transactional(readOnly = true)
    public Map<Long, PersonCard> cards(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findAllById(Set.copyOf(personIds)).stream().map(PeopleLookup::card)
                .collect(Collectors.toMap(PersonCard::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<PersonCard> card(long personId) {
        return people.findById(personId).map(PeopleLookup::card);
    }

    /** The care setting on the person's own account, if they have one. */
    @Transactional(readOnly = true)
    public Optional<CareSetting> settingOf(long personId) {
        return card(personId).map(PersonCard::careSetting);
    }

    private static PersonCard card(Person person) {
        return new PersonCard(person.id(), person.displayName(), person.status(), person.careSetting(), person.roles());
    }
}
