package org.joinedup.pathway.workspace;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.InvalidInputException;
import org.joinedup.identity.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A setting representative represents the care setting they work in. Where a workspace
 * needs someone else to speak for a setting (a retired GP for a practice without a
 * nominee, say), an administrator grants an exception for that person, setting and
 * workspace, with the reason; every grant and revocation goes into the audit trail.
 * Revoking ends the person's standing decisions for the setting on the open proposal.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Validated
public class RepresentationExceptions {

    private static final Logger log = LoggerFactory.getLogger(RepresentationExceptions.class);

    private final RepresentationExceptionRepository exceptions;
    private final WorkspaceRepository workspaces;
    private final SignOffLapses lapses;
    private final WorkspaceActivity activity;
    private final PersonNames names;
    private final EntityManager entityManager;
    private final Clock clock;

    RepresentationExceptions(RepresentationExceptionRepository exceptions, WorkspaceRepository workspaces,
            SignOffLapses lapses, WorkspaceActivity activity, PersonNames names,
            EntityManager entityManager, Clock clock) {
        this.exceptions = exceptions;
        this.workspaces = workspaces;
        this.lapses = lapses;
        this.activity = activity;
        this.names = names;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Lets the person represent the setting in the workspace although they do not work in it.
     *
     * @throws InvalidInputException on field {@code reason}, {@code setting}, {@code careSetting}, {@code workspace}
     *                               or {@code person}
     */
    @Transactional
    public RepresentationExceptionDetails grant(long workspaceId, long personId,
            @NotNull(message = "Choose the care setting they may represent.") CareSetting setting,
            @NotBlank(message = "Say why this person should represent a setting they do not work in.")
            @Size(max = WorkspaceLimits.SHORT_TEXT_MAX, message = "Keep the reason to " + WorkspaceLimits.SHORT_TEXT_MAX
                    + " characters.") String reason) {
        String stripped = reason.strip();
        Workspace workspace = workspaces.lockById(workspaceId)
                .orElseThrow(() -> new InvalidInputException("workspace", "That workspace no longer exists."));
        Tuple person = activeStaff(personId);
        String name = person.get("name", String.class);
        CareSetting own = person.get("setting", CareSetting.class);
        if (own == setting) {
            throw new InvalidInputException("careSetting", name + " works in " + setting.label()
                    + ", so they may represent it without an exception.");
        }
        if (exceptions.existsByWorkspaceIdAndPersonIdAndCareSettingAndRevokedAtIsNull(workspaceId, personId, setting)) {
            throw new InvalidInputException("careSetting", name + " already holds an exception for " + setting.label()
                    + " in this workspace.");
        }
        RepresentationException granted = exceptions.saveAndFlush(new RepresentationException(workspaceId, personId,
                setting, stripped, CurrentPerson.id(), clock.instant()));
        activity.changed(workspaceId, "workspace.representation-exception-granted", "Exception " + granted.id()
                + ": " + name + " may represent " + setting.label() + " though they work in "
                + (own == null ? "no care setting" : own.label()) + ". Reason: " + stripped, Kind.MEMBERS_CHANGED, personId,
                "let " + name + " represent " + setting.label());
        log.info("Administrator {} let person {} represent {} in workspace {}", CurrentPerson.id(), personId, setting,
                workspaceId);
        return details(granted, workspace.title());
    }

    /** Ends the exception; decisions the person gave for the setting on the open proposal no longer stand. */
    @Transactional
    public void revoke(long exceptionId) {
        RepresentationException exception = exceptions.findById(exceptionId).filter(e -> !e.revoked())
                .orElseThrow(() -> new InvalidInputException("exception", "That exception has already been revoked."));
        exception.revoke(CurrentPerson.id(), clock.instant());
        exceptions.flush();
        String name = names.of(exception.personId());
        activity.changed(exception.workspaceId(), "workspace.representation-exception-revoked", "Exception "
                + exception.id() + " revoked: " + name + " may no longer represent " + exception.careSetting().label()
                + " unless they work in it", Kind.MEMBERS_CHANGED, exception.personId(), "revoked " + name
                + "'s exception to represent " + exception.careSetting().label());
        lapses.recheck(exception.workspaceId(), exception.personId());
        log.info("Administrator {} revoked representation exception {}", CurrentPerson.id(), exceptionId);
    }

    /** The person's exceptions still in force, oldest first. */
    @Transactional(readOnly = true)
    public List<RepresentationExceptionDetails> forPerson(long personId) {
        List<RepresentationException> found = exceptions.findByPersonIdAndRevokedAtIsNullOrderByGrantedAt(personId);
        Map<Long, String> titles = workspaces.findAllById(found.stream().map(RepresentationException::workspaceId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Workspace::id, Workspace::title));
        return found.stream().map(exception -> details(exception, titles.get(exception.workspaceId()))).toList();
    }

    /** Every workspace by title, to choose where an exception applies. */
    @Transactional(readOnly = true)
    public List<WorkspaceChoice> workspaces() {
        return workspaces.findAll().stream().map(w -> new WorkspaceChoice(w.id(), w.title()))
                .sorted(Comparator.comparing(WorkspaceChoice::title)).toList();
    }

    private Tuple activeStaff(long personId) {
        Tuple person = entityManager.createQuery("select p.displayName as name, p.careSetting as setting, p.status as status "
                        + "from Person p where p.id = :id", Tuple.class)
                .setParameter("id", personId).getResultStream().findFirst()
                .filter(row -> row.get("status", AccountStatus.class) == AccountStatus.ACTIVE)
                .orElseThrow(() -> new InvalidInputException("person", "Only people with an active account can represent a setting."));
        Set<Role> roles = entityManager.createQuery("select r from Person p join p.roles r where p.id = :id", Role.class)
                .setParameter("id", personId).getResultStream().collect(Collectors.toSet());
        if (roles.stream().noneMatch(Role::isStaff)) {
            throw new InvalidInputException("person", person.get("name", String.class)
                    + " is a patient partner: only members of staff represent a care setting.");
        }
        return person;
    }

    private RepresentationExceptionDetails details(RepresentationException exception, String workspaceTitle) {
        Map<Long, String> people = names.of(Stream.of(exception.personId(), exception.grantedBy()).toList());
        return new RepresentationExceptionDetails(exception.id(), exception.workspaceId(), workspaceTitle,
                exception.personId(), people.get(exception.personId()), exception.careSetting(), exception.reason(),
                people.get(exception.grantedBy()), exception.grantedAt());
    }
}
