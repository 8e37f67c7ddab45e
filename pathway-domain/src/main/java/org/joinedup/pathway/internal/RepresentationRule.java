package org.joinedup.pathway.internal;

import java.util.Optional;

import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.pathway.proposal.SupersededBecause;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.springframework.stereotype.Component;

/**
 * Who may speak for a care setting in a workspace: an active member appointed its
 * representative who works in that setting (their account's own care setting), or whom
 * an administrator has let represent it there by an exception. Read from the database at
 * the moment of asking, like {@link WorkspaceGate}.
 */
@Component
public class RepresentationRule {

    private final PeopleLookup people;
    private final MemberRepository members;
    private final RepresentationExceptionRepository exceptions;

    public RepresentationRule(PeopleLookup people, MemberRepository members,
            RepresentationExceptionRepository exceptions) {
        this.people = people;
        this.members = members;
        this.exceptions = exceptions;
    }

    /** The person works in the setting, or holds an exception for it in this workspace. */
    public boolean mayRepresent(long workspaceId, long personId, CareSetting setting) {
        return ownSetting(personId).filter(own -> own == setting).isPresent()
                || exceptions.existsByWorkspaceIdAndPersonIdAndCareSettingAndRevokedAtIsNull(workspaceId, personId, setting);
    }

    /** A member whose appointment as representative lets them sign for their setting now. */
    public boolean signs(WorkspaceMember member) {
        return member.role() == WorkspaceRole.SETTING_REPRESENTATIVE && member.careSetting() != null
                && mayRepresent(member.workspaceId(), member.personId(), member.careSetting());
    }

    /** Why the person can no longer speak for the setting in the workspace; empty while they still can. */
    public Optional<SupersededBecause> whyNot(long workspaceId, long personId, CareSetting setting) {
        AccountStatus status = people.card(personId).map(PersonCard::status).orElse(AccountStatus.CLOSED);
        if (status != AccountStatus.ACTIVE) {
            return Optional.of(status == AccountStatus.CLOSED ? SupersededBecause.ACCOUNT_CLOSED
                    : SupersededBecause.ACCOUNT_DEACTIVATED);
        }
        Optional<WorkspaceMember> membership = members.findByWorkspaceIdAndPersonId(workspaceId, personId);
        if (membership.isEmpty()) {
            return Optional.of(SupersededBecause.LEFT_WORKSPACE);
        }
        if (membership.get().role() != WorkspaceRole.SETTING_REPRESENTATIVE) {
            return Optional.of(SupersededBecause.NO_LONGER_REPRESENTATIVE);
        }
        if (membership.get().careSetting() != setting) {
            return Optional.of(SupersededBecause.REPRESENTS_ANOTHER_SETTING);
        }
        if (!mayRepresent(workspaceId, personId, setting)) {
            return Optional.of(SupersededBecause.NOT_OWN_SETTING);
        }
        return Optional.empty();
    }

    public Optional<CareSetting> ownSetting(long personId) {
        return people.settingOf(personId);
    }
}
