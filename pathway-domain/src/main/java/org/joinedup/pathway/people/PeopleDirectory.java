package org.joinedup.pathway.people;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people for administrators, a page at a time. Blank text lists everyone by name;
 * otherwise the search index matches words of the name (typed prefixes too) or the
 * whole e-mail address.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PeopleDirectory {

    /** Longest search text accepted; longer input is cut, not refused. */
    public static final int SEARCH_TEXT_MAX = 200;

    private final PersonRepository people;
    private final EntityManager entityManager;

    PeopleDirectory(PersonRepository people, EntityManager entityManager) {
        this.people = people;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<PersonDetails> find(String text, int offset, int limit) {
        String query = normalise(text);
        if (query.isEmpty()) {
            int pageSize = Math.max(1, limit);
            return people.findAllBy(PageRequest.of(offset / pageSize, pageSize, Sort.by("displayName", "id")))
                    .map(PersonDetails::of)
                    .getContent();
        }
        return search(query).fetchHits(offset, limit).stream().map(PersonDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        String query = normalise(text);
        if (query.isEmpty()) {
            return people.count();
        }
        return search(query).fetchTotalHitCount();
    }

    private SearchQuery<Person> search(String query) {
        return Search.session(entityManager).search(Person.class)
                .where(f -> f.or(
                        f.match().field("displayName_prefix").matching(query),
                        f.match().field("email").matching(query)))
                .sort(f -> f.score().then().field("email"))
                .toQuery();
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() > SEARCH_TEXT_MAX ? stripped.substring(0, SEARCH_TEXT_MAX) : stripped;
    }
}
