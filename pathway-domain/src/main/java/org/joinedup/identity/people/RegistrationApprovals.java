package org.joinedup.identity.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.joinedup.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The queue of accounts waiting for approval, oldest first, and the decisions on them.
 * Approving makes the account active. Declining deletes it: the person never took part,
 * so nothing they wrote needs keeping, the portal keeps no personal data it has no use
 * for, and the address is free to register again. The audit trail keeps both decisions.
 * <p>
 * Moderators look after the patient community, so they decide patient partners'
 * registrations; an account with a staff role waiting for approval is for an administrator.
 */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
@Validated
public class RegistrationApprovals {

    /** Longest reason for declining accepted; it is kept in the audit trail. */
    public static final int REASON_MAX = 500;

    private static final Logger log = LoggerFactory.getLogger(RegistrationApprovals.class);

    private final PersonRepository people;
    private final AuditTrail audit;

    RegistrationApprovals(PersonRepository people, AuditTrail audit) {
        this.people = people;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PendingRegistration> waiting(int offset, int limit) {
        int pageSize = Math.max(1, limit);
        return people.findByStatusWithin(AccountStatus.PENDING_APPROVAL, decidableRoles(),
                        PageRequest.of(offset / pageSize, pageSize)).stream()
                .map(PendingRegistration::of).toList();
    }

    @Transactional(readOnly = true)
    public long waitingCount() {
        return people.countByStatusWithin(AccountStatus.PENDING_APPROVAL, decidableRoles());
    }

    /**
     * @throws RegistrationAlreadyDecidedException when it was decided or changed since {@code version}
     * @throws EmailNotConfirmedException          when the person has not confirmed their e-mail address yet
     */
    @Transactional
    public void approve(long personId, long version) {
        Person person = undecided(personId, version);
        if (!person.emailConfirmed()) {
            log.info("Approval of person {} refused: the e-mail address is not confirmed yet", personId);
            throw new EmailNotConfirmedException();
        }
        person.changeStatus(AccountStatus.ACTIVE);
        flushOrConflict(personId);
        audit.record("registration.approved", "person", personId,
                "Approved the registration of \"" + person.displayName() + "\"; the account is active");
        log.info("Registration of person {} approved", personId);
    }

    /**
     * @param reason optional; kept in the audit trail, not sent to the person
     * @throws InvalidInputException on field {@code reason} when it is too long
     * @throws RegistrationAlreadyDecidedException when it was decided or changed since {@code version}
     */
    @Transactional
    public void decline(long personId, long version,
            @Size(max = REASON_MAX, message = "Use at most " + REASON_MAX + " characters") String reason) {
        String why = reason == null ? "" : reason.strip();
        Person person = undecided(personId, version);
        String displayName = person.displayName();
        people.delete(person);
        flushOrConflict(personId);
        audit.record("registration.declined", "person", personId,
                "Declined the registration of \"" + displayName + "\" and removed the account. "
                        + (why.isEmpty() ? "No reason given." : "Reason: " + why));
        log.info("Registration of person {} declined and removed", personId);
    }

    private Person undecided(long personId, long version) {
        Person person = people.findById(personId)
                .filter(p -> p.status() == AccountStatus.PENDING_APPROVAL && p.version() == version)
                .orElseThrow(() -> conflict(personId));
        if (!decidableRoles().containsAll(person.roles())) {
            throw new AccessDeniedException("Only an administrator decides on an account with a staff role");
        }
        return person;
    }

    /** Two deciders at once: the person's version makes the second write fail here rather than overwrite. */
    private void flushOrConflict(long personId) {
        try {
            people.flush();
        } catch (ConcurrencyFailureException e) {
            throw conflict(personId);
        }
    }

    private static RegistrationAlreadyDecidedException conflict(long personId) {
        log.info("A decision on the registration of person {} came after another one and was not applied", personId);
        return new RegistrationAlreadyDecidedException();
    }

    private static Set<Role> decidableRoles() {
        boolean administrator = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        return administrator ? EnumSet.allOf(Role.class) : EnumSet.of(Role.PATIENT_PARTNER);
    }
}
