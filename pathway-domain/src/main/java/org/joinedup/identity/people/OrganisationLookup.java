package org.joinedup.identity.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and kinds of organisations that other features refer to by id, or offer to choose
 * from (the organisations an interface issue involves), so no other feature queries the
 * organisations table itself. Like {@link PeopleLookup} it is not a service: other features
 * call it inside their own checked operations. Organisation names are not secret: every
 * member of staff sees them beside people's names.
 */
@Component
public class OrganisationLookup {

    private final EntityManager entityManager;

    OrganisationLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Organisations whose name contains the text (every one, when blank), by name. */
    @Transactional(readOnly = true)
    public List<OrganisationCard> named(String text, int offset, int limit) {
        return entityManager.createQuery("select o from Organisation o where lower(o.name) like :pattern escape '!' "
                        + "order by o.name, o.id", Organisation.class)
                .setParameter("pattern", containing(text))
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultStream().map(OrganisationLookup::card).toList();
    }

    @Transactional(readOnly = true)
    public long countNamed(String text) {
        return entityManager.createQuery("select count(o) from Organisation o where lower(o.name) like :pattern escape '!'",
                        Long.class)
                .setParameter("pattern", containing(text))
                .getSingleResult();
    }

    /** Organisation id to card, for those among {@code organisationIds} that exist. */
    @Transactional(readOnly = true)
    public Map<Long, OrganisationCard> cards(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", Set.copyOf(organisationIds))
                .getResultStream().map(OrganisationLookup::card)
                .collect(Collectors.toMap(OrganisationCard::id, Function.identity()));
    }

    private static String containing(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static OrganisationCard card(Organisation organisation) {
        return new OrganisationCard(organisation.id(), organisation.name(), organisation.kind());
    }
}
