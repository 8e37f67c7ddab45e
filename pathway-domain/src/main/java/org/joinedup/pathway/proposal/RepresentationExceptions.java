package org.joinedup.pathway.proposal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.pathway.internal.MemberChange;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.RepresentationException;
import org.joinedup.pathway.internal.RepresentationExceptionRepository;
import org.joinedup.pathway.internal.SignOffLapses;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceChoice;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

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
    private final PeopleLookup people;
    private final Clock clock;

    RepresentationExceptions(RepresentationExceptionRepository exceptions, WorkspaceRepository workspaces,
            SignOffLapses lapses, WorkspaceActivity activity, PersonNames names,
            PeopleLookup people, Clock clock) {
        this.exceptions = exceptions;
        this.workspaces = workspaces;
        this.lapses = lapses;
        this.activity = activity;
        this.names = names;
        this.people = people;
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
        PersonCard person = activeStaff(personId);
        String name = person.displayName();
        CareSetting own = person.careSetting();
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
        activity.record(new MemberChange.RepresentationExceptionGranted(workspaceId, granted.id(), personId, name,
                setting, own, stripped));
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
        activity.record(new MemberChange.RepresentationExceptionRevoked(exception.workspaceId(), exception.id(),
                exception.personId(), name, exception.careSetting()));
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

    private PersonCard activeStaff(long personId) {
        PersonCard person = people.card(personId).filter(PersonCard::active)
                .orElseThrow(() -> new InvalidInputException("person", "Only people with an active account can represent a setting."));
        if (!person.staff()) {
            throw new InvalidInputException("person", person.displayName()
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
