package org.joinedup.identity.people;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisations people belong to, managed by administrators. Names are unique
 * (ignoring case, as the database compares them); every change is audited under the
 * subject type {@value #AUDIT_SUBJECT}.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class OrganisationDirectory {

    public static final String AUDIT_SUBJECT = "organisation";

    private static final Logger log = LoggerFactory.getLogger(OrganisationDirectory.class);
    private static final String DETAILS = "select o.id as id, o.version as version, o.name as name, o.kind as kind, "
            + "(select count(p) from Person p where p.organisation = o) as people from Organisation o ";

    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    OrganisationDirectory(OrganisationRepository organisations, AuditTrail audit, EntityManager entityManager) {
        this.organisations = organisations;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Organisations whose name contains the text (any, when blank), by name. */
    @Transactional(readOnly = true)
    public List<OrganisationDetails> find(String text, int offset, int limit) {
        return entityManager.createQuery(DETAILS + "where lower(o.name) like :pattern escape '!' order by o.name, o.id",
                        Tuple.class)
                .setParameter("pattern", pattern(text))
                .setFirstResult(offset)
                .setMaxResults(Math.max(1, limit))
                .getResultStream()
                .map(OrganisationDirectory::details)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return entityManager.createQuery("select count(o) from Organisation o where lower(o.name) like :pattern escape '!'",
                        Long.class)
                .setParameter("pattern", pattern(text))
                .getSingleResult();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> organisation(long id) {
        TypedQuery<Tuple> query = entityManager.createQuery(DETAILS + "where o.id = :id", Tuple.class)
                .setParameter("id", id);
        return query.getResultStream().findFirst().map(OrganisationDirectory::details);
    }

    @Transactional
    public OrganisationDetails create(@Valid OrganisationChange change) {
        String name = change.name().strip();
        refuseTakenName(name, null);
        Organisation organisation = saved(new Organisation(name, change.kind()), name);
        audit.record("organisation.created", AUDIT_SUBJECT, organisation.id(),
                "Created \u201c" + name + "\u201d (" + change.kind().label() + ")");
        log.info("Administrator created organisation {}", organisation.id());
        return organisation(organisation.id()).orElseThrow();
    }

    /** Renames the organisation and changes its kind, as the page that showed {@code expectedVersion} asked. */
    @Transactional
    public OrganisationDetails update(long id, long expectedVersion, @Valid OrganisationChange change) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NoSuchElementException("No organisation " + id));
        if (organisation.version() != expectedVersion) {
            throw new ConcurrentChangeException("Organisation " + id + " changed since the page was opened");
        }
        String name = change.name().strip();
        String oldName = organisation.name();
        if (!oldName.equals(name)) {
            refuseTakenName(name, id);
            organisation.rename(name);
            audit.record("organisation.renamed", AUDIT_SUBJECT, id, "Renamed \u201c" + oldName + "\u201d to \u201c" + name + "\u201d");
        }
        if (organisation.kind() != change.kind()) {
            audit.record("organisation.kind-changed", AUDIT_SUBJECT, id, "Kind changed from "
                    + organisation.kind().label() + " to " + change.kind().label());
            organisation.reclassify(change.kind());
        }
        saved(organisation, name);
        log.info("Administrator updated organisation {}", id);
        return organisation(id).orElseThrow();
    }

    private void refuseTakenName(String name, Long exceptId) {
        organisations.findByName(name)
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw duplicate(name);
                });
    }

    /** Flushes, so that a name taken at the same moment by someone else is refused here too. */
    private Organisation saved(Organisation organisation, String name) {
        try {
            return organisations.saveAndFlush(organisation);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(name);
        }
    }

    private static InvalidInputException duplicate(String name) {
        return new InvalidInputException("name", "There is already an organisation called \u201c" + name
                + "\u201d. Choose a different name, or use the existing one.");
    }

    private static String pattern(String text) {
        String stripped = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + stripped.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static OrganisationDetails details(Tuple row) {
        return new OrganisationDetails(row.get("id", Long.class), row.get("version", Long.class),
                row.get("name", String.class), row.get("kind", OrganisationKind.class), row.get("people", Long.class));
    }
}
