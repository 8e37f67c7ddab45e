package org.joinedup.identity.boundaryfixture;

import org.joinedup.pathway.boundaryfixture.draft.DraftAsksProposal;
import org.joinedup.platform.boundaryfixture.AuditedChange;

/**
 * A deliberate breach: identity code that knows about a pathway room, and, with
 * {@link AuditedChange}, a cycle between platform and identity.
 */
public class SignedInPerson {

    public String name() {
        return "Dr Priya Shah";
    }

    public String audited() {
        return new AuditedChange().actor(this);
    }

    public boolean drafting(DraftAsksProposal draft) {
        return draft != null;
    }
}
