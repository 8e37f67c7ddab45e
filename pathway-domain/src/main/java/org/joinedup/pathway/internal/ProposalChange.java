package org.joinedup.pathway.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.proposal.Decision;
import org.joinedup.pathway.proposal.SupersededBecause;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;

/** Changes to a change proposal and its sign-offs; the proposal is the subject. */
public sealed interface ProposalChange extends WorkspaceChange {

    long proposalId();

    @Override
    default Kind kind() {
        return Kind.PROPOSAL_CHANGED;
    }

    @Override
    default Long subjectId() {
        return proposalId();
    }

    record ProposalOpened(long workspaceId, long proposalId, int number, Set<CareSetting> affected, LocalDate deadline,
            String summary) implements ProposalChange {
        public ProposalOpened {
            affected = Set.copyOf(affected);
        }
        public String action() { return "proposal.opened"; }
        public String auditText() {
            return "Opened proposal " + number + " (needs " + labels(affected) + "; deadline " + deadline + "): " + summary;
        }
        public String message() { return "opened proposal " + number; }
    }

    record ProposalAgreed(long workspaceId, long proposalId, int number, int revision, CareSetting setting)
            implements ProposalChange {
        public String action() { return "proposal.agreed"; }
        public String auditText() { return setting.label() + " agreed to proposal " + number + " revision " + revision; }
        public String message() { return "agreed to proposal " + number + " for " + setting.label(); }
    }

    record ProposalObjected(long workspaceId, long proposalId, int number, int revision, CareSetting setting,
            String reason) implements ProposalChange {
        public String action() { return "proposal.objected"; }
        public String auditText() {
            return setting.label() + " objected to proposal " + number + " revision " + revision + ": " + reason;
        }
        public String message() { return "objected to proposal " + number + " for " + setting.label(); }
    }

    record ObjectionWithdrawn(long workspaceId, long proposalId, int number, CareSetting setting)
            implements ProposalChange {
        public String action() { return "proposal.objection-withdrawn"; }
        public String auditText() { return setting.label() + " withdrew its objection to proposal " + number; }
        public String message() { return "withdrew the objection of " + setting.label(); }
    }

    /** {@code askedAgain}: the settings whose sign-off the revision restarts. */
    record ProposalRevised(long workspaceId, long proposalId, int number, int revision, Set<CareSetting> askedAgain,
            String summary) implements ProposalChange {
        public ProposalRevised {
            askedAgain = Set.copyOf(askedAgain);
        }
        public String action() { return "proposal.revised"; }
        public String auditText() {
            return "Revised proposal " + number + " to revision " + revision + "; sign-off restarted for "
                    + labels(askedAgain) + ": " + summary;
        }
        public String message() { return "revised proposal " + number; }
    }

    /**
     * A change asked for elsewhere in the portal ({@code source}, a route) was added to the
     * open proposal's summary as a revision with the same content; {@code askedAgain}: the
     * settings whose sign-off restarted.
     */
    record ChangeAskedFor(long workspaceId, long proposalId, int number, int revision, Set<CareSetting> askedAgain,
            String source, String reason) implements ProposalChange {
        public ChangeAskedFor {
            askedAgain = Set.copyOf(askedAgain);
        }
        public String action() { return "proposal.change-asked-for"; }
        public String auditText() {
            return "Added to proposal " + number + " (now revision " + revision + "; sign-off restarted for "
                    + labels(askedAgain) + ") a change asked for at " + source + ": " + reason;
        }
        public String message() { return "added a change asked for at " + source + " to proposal " + number; }
    }

    record ProposalWithdrawn(long workspaceId, long proposalId, int number) implements ProposalChange {
        public String action() { return "proposal.withdrawn"; }
        public String auditText() { return "Withdrew proposal " + number; }
        public String message() { return "withdrew proposal " + number; }
    }

    record ProposalPublished(long workspaceId, long proposalId, int number, int versionNumber,
            List<Agreement> agreements, LocalDate reviewDue) implements ProposalChange {
        public ProposalPublished {
            agreements = List.copyOf(agreements);
        }
        public String action() { return "proposal.published"; }
        public String auditText() {
            return "Published proposal " + number + " as version " + versionNumber + " with the agreement of "
                    + agreements.stream().map(a -> a.careSetting().label() + " (" + a.agreedBy() + ")")
                            .collect(Collectors.joining(", "))
                    + "; review due " + reviewDue;
        }
        public String message() { return "published version " + versionNumber; }
    }

    /** A decision that stopped standing because the person who gave it may no longer sign for the setting. */
    record SignOffLapsed(long workspaceId, long proposalId, int number, String personName, Decision decision,
            CareSetting setting, SupersededBecause because) implements ProposalChange {
        public String action() { return "proposal.sign-off-lapsed"; }
        public String auditText() {
            return personName + "'s decision (" + decision.label().toLowerCase(Locale.ROOT) + ") for " + setting.label()
                    + " on proposal " + number + " no longer stands: " + reason() + ". " + setting.label()
                    + " must sign again.";
        }
        public String message() {
            return "ended " + personName + "'s sign-off for " + setting.label() + " on proposal " + number;
        }

        private String reason() {
            return switch (because) {
                case LEFT_WORKSPACE -> "they left the workspace";
                case NO_LONGER_REPRESENTATIVE -> "they are no longer a setting representative";
                case REPRESENTS_ANOTHER_SETTING -> "they now represent another setting";
                case NOT_OWN_SETTING -> "they no longer work in this setting and hold no exception for it";
                case ACCOUNT_DEACTIVATED -> "their account was deactivated";
                case ACCOUNT_CLOSED -> "their account was closed";
                case DECIDED_AGAIN, OBJECTION_WITHDRAWN, PROPOSAL_REVISED -> throw new IllegalArgumentException(because + " is not a lapse");
            };
        }
    }

    private static String labels(Set<CareSetting> settings) {
        return settings.isEmpty() ? "nobody"
                : settings.stream().sorted().map(CareSetting::label).collect(Collectors.joining(", "));
    }
}
