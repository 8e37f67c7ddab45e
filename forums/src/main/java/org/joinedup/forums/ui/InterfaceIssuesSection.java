package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.joinedup.forums.interfaceissues.InterfaceIssueLog;
import org.joinedup.forums.interfaceissues.InterfaceIssueRoutes;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumSummary;
import org.springframework.core.annotation.Order;

/** On the Interface issues forum's page: the log's open issues counted, and a link to the log. */
@org.springframework.stereotype.Component
@Order(20)
class InterfaceIssuesSection implements ForumSection {

    private final InterfaceIssueLog log;

    InterfaceIssuesSection(InterfaceIssueLog log) {
        this.log = log;
    }

    @Override
    public Optional<Component> sectionFor(ForumSummary forum) {
        if (forum.kind() != ForumKind.INTERFACE_ISSUES) {
            return Optional.empty();
        }
        Div section = new Div(new H2("Interface issues log"), new InterfaceIssueCountsPanel(log.counts()),
                InterfaceIssuesView.link("Open the interface issues log", InterfaceIssueRoutes.LOG));
        section.addClassName("interface-issues-section");
        return Optional.of(section);
    }
}
