package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.joinedup.forums.threads.ForumSummary;

/**
 * A section on a forum's page below its threads (the design forum's meetings, the interface
 * issues log …). A Spring bean, asked in {@link org.springframework.core.annotation.Order} order.
 */
public interface ForumSection {

    /** The section for this forum, or empty when it does not apply. */
    Optional<Component> sectionFor(ForumSummary forum);
}
