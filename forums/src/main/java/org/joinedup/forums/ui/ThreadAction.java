package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.joinedup.forums.threads.ThreadDetails;

/** A control in a thread's header (follow, pin, lock …). A Spring bean, like {@link PostAction}. */
public interface ThreadAction {

    /** The control for this thread, or empty; {@code changed} reloads the thread page. */
    Optional<Component> controlFor(ThreadDetails thread, Runnable changed);
}
