package org.joinedup.identity.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Repository;

/**
 * The people directory's two ways to find people. Without search text the database lists
 * them by name; with it the search index ranks them, filtered on the same fields, which
 * {@link Person} indexes for the purpose. Both page by exact offset.
 */
@Repository
class PeopleQueries {

    private final EntityManager entityManager;

    PeopleQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Person> list(PeopleFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Person> query = cb.createQuery(Person.class);
        Root<Person> person = query.from(Person.class);
        person.fetch("organisation", JoinType.LEFT);
        query.select(person).where(matching(cb, person, filter))
                .orderBy(cb.asc(person.get("displayName")), cb.asc(person.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(PeopleFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Person> person = query.from(Person.class);
        query.select(cb.count(person)).where(matching(cb, person, filter));
        return entityManager.createQuery(query).getSingleResult();
    }

    List<Person> search(String text, PeopleFilter filter, int offset, int limit) {
        return searchQuery(text, filter).fetchHits(offset, limit);
    }

    long searchCount(String text, PeopleFilter filter) {
        return searchQuery(text, filter).fetchTotalHitCount();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Person> person, PeopleFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.organisationId() != null) {
            predicates.add(cb.equal(person.get("organisation").get("id"), filter.organisationId()));
        }
        if (filter.role() != null) {
            predicates.add(cb.isMember(filter.role(), person.<Set<Role>>get("roles")));
        }
        if (filter.careSetting() != null) {
            predicates.add(cb.equal(person.get("careSetting"), filter.careSetting()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(person.get("status"), filter.status()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private SearchQuery<Person> searchQuery(String text, PeopleFilter filter) {
        return Search.session(entityManager).search(Person.class)
                .where((f, all) -> {
                    all.add(f.or(
                            f.match().field("displayName_prefix").matching(text),
                            f.match().field("email").matching(text)));
                    if (filter.organisationId() != null) {
                        all.add(f.match().field("organisation.id").matching(filter.organisationId()));
                    }
                    if (filter.role() != null) {
                        all.add(f.match().field("roles").matching(filter.role()));
                    }
                    if (filter.careSetting() != null) {
                        all.add(f.match().field("careSetting").matching(filter.careSetting()));
                    }
                    if (filter.status() != null) {
                        all.add(f.match().field("status").matching(filter.status()));
                    }
                })
                .sort(f -> f.score().then().field("email"))
                .toQuery();
    }
}
