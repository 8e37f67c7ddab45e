package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

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
    private final EntityManager entityManager;

    PeopleLookup(PersonRepository people, EntityManager entityManager) {
        this.people = people;
        this.entityManager = entityManager;
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

    /**
     * Person id to real name (the display name when none is held), for those among
     * {@code personIds} who exist. A patient partner
     * may choose a display name; their real name is for moderators and administrators only,
     * so callers give it to no one else.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> realNames(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findAllById(Set.copyOf(personIds)).stream()
                .collect(Collectors.toMap(Person::id,
                        person -> person.realName() == null ? person.displayName() : person.realName()));
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

    /**
     * When the person's account was made, for rules that treat new accounts more carefully
     * (how often someone may post on their first day).
     */
    @Transactional(readOnly = true)
    public Optional<Instant> joinedAt(long personId) {
        return people.findById(personId).map(Person::createdAt);
    }

    /** The care setting on the person's own account, if they have one. */
    @Transactional(readOnly = true)
    public Optional<CareSetting> settingOf(long personId) {
        return card(personId).map(PersonCard::careSetting);
    }

    /**
     * People with an active account whose name contains {@code text} (any case), by name,
     * leaving out {@code excluded}; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<PersonCard> activeNamed(String text, Collection<Long> excluded, int limit) {
        return entityManager.createQuery("select p from Person p where p.status = :active "
                        + "and lower(p.displayName) like :pattern escape '!' and p.id not in :excluded "
                        + "order by p.displayName, p.id", Person.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("pattern", containing(text))
                .setParameter("excluded", orNone(excluded))
                .setMaxResults(Math.max(1, limit))
                .getResultStream().map(PeopleLookup::card).toList();
    }

    /**
     * Members of staff with an active account whose name contains {@code text} (any case),
     * those in {@code first} first, then by name; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<PersonCard> activeStaffNamed(String text, Collection<Long> first, int limit) {
        return entityManager.createQuery("select p from Person p where p.status = :active "
                        + "and lower(p.displayName) like :pattern escape '!' and exists (select r from Person q "
                        + "join q.roles r where q.id = p.id and r in :staff) "
                        + "order by case when p.id in :first then 0 else 1 end, p.displayName, p.id", Person.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("pattern", containing(text))
                .setParameter("staff", Arrays.stream(Role.values()).filter(Role::isStaff).toList())
                .setParameter("first", orNone(first))
                .setMaxResults(Math.max(1, limit))
                .getResultStream().map(PeopleLookup::card).toList();
    }

    /** A LIKE pattern matching names that contain the text, with the pattern's own characters escaped by '!'. */
    private static String containing(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** An IN list that matches no person when there is nobody to list. */
    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static PersonCard card(Person person) {
        return new PersonCard(person.id(), person.displayName(), person.status(), person.careSetting(),
                person.organisation() == null ? null : person.organisation().name(), person.roles());
    }
}
