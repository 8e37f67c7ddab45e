package org.joinedup.pathway.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Component;

/** Display names of the people a workspace refers to by id; a closed account reads "Former member". */
@Component
public class PersonNames {

    public static final String FORMER_MEMBER = "Former member";

    private final EntityManager entityManager;

    public PersonNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<Long, String> of(Collection<Long> personIds) {
        Map<Long, String> names = new HashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        entityManager.createQuery("select p.id as id, p.displayName as name from Person p where p.id in :ids", Tuple.class)
                .setParameter("ids", personIds)
                .getResultStream()
                .forEach(row -> names.put(row.get("id", Long.class), row.get("name", String.class)));
        return names;
    }

    public String of(long personId) {
        return of(List.of(personId)).getOrDefault(personId, FORMER_MEMBER);
    }
}
