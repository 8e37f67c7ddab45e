package org.joinedup.pathway.library;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.SignOff;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.proposal.Decision;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.time.PortalTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathway library: the latest published version of every pathway the signed-in person
 * may look up. Clinicians see every workspace's that is not confidential; members who read
 * the draft also see their own confidential ones; patient partners see every pathway that is
 * not confidential and those they are members of, for their "what to expect" pages. Other
 * staff see the pathways of workspaces they read. Ordered by condition, then locality.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PathwayLibrary {

    private static final String FROM = " from pathway_version v join workspace w on w.id = v.workspace_id"
            + " left join workspace_member m on m.workspace_id = w.id and m.person_id = :me"
            + " where v.number = (select max(l.number) from pathway_version l where l.workspace_id = v.workspace_id)";
    private static final String READS_DRAFT = "(m.role is not null and m.role <> 'PATIENT_PARTNER')";
    private static final String STEP_SETTINGS = "'$.stages[*].steps[*].fields.careSetting'";

    private final EntityManager entityManager;
    private final PersonNames names;
    private final Clock clock;

    PathwayLibrary(EntityManager entityManager, PersonNames names, Clock clock) {
        this.entityManager = entityManager;
        this.names = names;
        this.clock = clock;
    }

    /** A page of the library, by condition, then locality. */
    @Transactional(readOnly = true)
    public List<LibraryEntry> entries(LibraryFilter filter, int offset, int limit) {
        Where where = where(filter);
        NativeQuery<?> query = entityManager.createNativeQuery("select w.id as id, w.title as title,"
                + " w.condition_name as condition_name, w.locality as locality, v.number as number,"
                + " v.proposal_id as proposal_id, v.published_at as published_at, v.review_due as review_due,"
                + " m.role as role, w.confidential_reason is not null as confidential"
                + where.sql() + " order by w.condition_name, w.locality, w.id").unwrap(NativeQuery.class)
                .addScalar("id", Long.class).addScalar("title", String.class).addScalar("condition_name", String.class)
                .addScalar("locality", String.class).addScalar("number", Integer.class).addScalar("proposal_id", Long.class)
                .addScalar("published_at", Instant.class).addScalar("review_due", LocalDate.class)
                .addScalar("role", String.class).addScalar("confidential", Boolean.class);
        where.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList()
                .stream().map(Object[].class::cast).toList();
        Map<Long, List<Agreement>> agreements = agreements(rows.stream().map(row -> number(row[5])).toList());
        boolean clinician = signedInWith(Role.CLINICIAN);
        LocalDate today = PortalTime.today(clock);
        return rows.stream().map(row -> {
            WorkspaceRole role = row[8] == null ? null : WorkspaceRole.valueOf((String) row[8]);
            boolean confidential = (Boolean) row[9];
            LocalDate reviewDue = (LocalDate) row[7];
            return new LibraryEntry(number(row[0]), (String) row[1], (String) row[2], (String) row[3],
                    (int) number(row[4]), (Instant) row[6], agreements.getOrDefault(number(row[5]), List.of()), reviewDue,
                    reviewDue.isBefore(today), role,
                    (role != null && role.readsDraft()) || (clinician && !confidential), confidential);
        }).toList();
    }

    @Transactional(readOnly = true)
    public long count(LibraryFilter filter) {
        Where where = where(filter);
        var query = entityManager.createNativeQuery("select count(*)" + where.sql());
        where.parameters().forEach(query::setParameter);
        return number(query.getSingleResult());
    }

    /** The localities of the pathways the person may look up, for the locality filter. */
    @Transactional(readOnly = true)
    public List<String> localities() {
        Where where = where(LibraryFilter.NONE);
        var query = entityManager.createNativeQuery("select distinct w.locality" + where.sql() + " order by w.locality");
        where.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(String.class::cast).toList();
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }

    private Where where(LibraryFilter given) {
        LibraryFilter filter = given == null ? LibraryFilter.NONE : given;
        StringBuilder sql = new StringBuilder(FROM);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("me", CurrentPerson.id());
        List<String> access = new ArrayList<>(List.of(READS_DRAFT));
        if (signedInWith(Role.CLINICIAN)) {
            access.add("w.confidential_reason is null");
        }
        if (signedInWith(Role.PATIENT_PARTNER)) {
            access.add("w.confidential_reason is null");
            access.add("m.role is not null");
        }
        sql.append(" and (").append(String.join(" or ", access)).append(')');
        if (filter.careSetting() != null) {
            sql.append(" and json_search(v.content, 'one', :setting, null, ").append(STEP_SETTINGS).append(") is not null");
            parameters.put("setting", filter.careSetting().name());
        }
        if (filter.locality() != null && !filter.locality().isBlank()) {
            sql.append(" and w.locality = :locality");
            parameters.put("locality", filter.locality().strip());
        }
        if (filter.reviewDueBefore() != null) {
            sql.append(" and v.review_due < :dueBefore");
            parameters.put("dueBefore", filter.reviewDueBefore());
        }
        if (filter.overdue()) {
            sql.append(" and v.review_due < :today");
            parameters.put("today", PortalTime.today(clock));
        }
        if (filter.publishedSince() != null) {
            sql.append(" and v.published_at >= :since");
            parameters.put("since", filter.publishedSince().atStartOfDay(PortalTime.ZONE).toInstant());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (w.title like :text escape '!' or w.condition_name like :text escape '!'"
                    + " or w.locality like :text escape '!')");
            parameters.put("text", "%" + filter.text().strip().replaceAll("([!%_])", "!$1") + "%");
        }
        return new Where(sql.toString(), parameters);
    }

    /** The standing agreements that published each proposal, by setting. */
    private Map<Long, List<Agreement>> agreements(List<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        List<SignOff> agreed = entityManager.createQuery("select s from SignOff s where s.proposalId in :ids"
                        + " and s.superseded = false and s.decision = :agreed", SignOff.class)
                .setParameter("ids", new HashSet<>(proposalIds))
                .setParameter("agreed", Decision.AGREED)
                .getResultList();
        Set<Long> people = agreed.stream().map(SignOff::personId).collect(Collectors.toSet());
        Map<Long, String> named = names.of(people);
        return agreed.stream().sorted(Comparator.comparing(SignOff::careSetting))
                .collect(Collectors.groupingBy(SignOff::proposalId, Collectors.mapping(signOff -> new Agreement(
                        signOff.careSetting(), named.getOrDefault(signOff.personId(), PersonNames.FORMER_MEMBER),
                        signOff.decidedAt(), signOff.revision()), Collectors.toList())));
    }

    private static boolean signedInWith(Role role) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
