package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.joinedup.forums.interfaceissues.InterfaceIssueDetails;

/** What an issue page shows about a change proposal on the pathway the issue concerns. */
interface ChangeProposalSection {

    /** The section for this issue, or empty; {@code changed} redraws the page after it acted. */
    Optional<Component> sectionFor(InterfaceIssueDetails issue, Runnable changed);
}
