package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.joinedup.forums.interfaceissues.InterfaceIssueLog;
import org.joinedup.forums.interfaceissues.InterfaceIssueRoutes;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ThreadDetails;
import org.springframework.core.annotation.Order;

/** In the header of an interface issue's thread: a link to the issue in the log, where its status is kept. */
@org.springframework.stereotype.Component
@Order(20)
class InterfaceIssueThreadLink implements ThreadAction {

    private final InterfaceIssueLog log;

    InterfaceIssueThreadLink(InterfaceIssueLog log) {
        this.log = log;
    }

    @Override
    public Optional<Component> controlFor(ThreadDetails thread, Runnable changed) {
        if (thread.forum().kind() != ForumKind.INTERFACE_ISSUES) {
            return Optional.empty();
        }
        return log.issueDiscussedIn(thread.id()).map(issueId -> InterfaceIssuesView.link(
                "Issue " + issueId + " in the interface issues log", InterfaceIssueRoutes.issue(issueId)));
    }
}
