package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.ThreadDetails;

/**
 * A control shown under a post (flag, helpful, approve, mark as patient insight …). A
 * Spring bean; the thread page asks every one for each post it draws, in
 * {@link org.springframework.core.annotation.Order} order. It only shows what the signed-in
 * person may do; the service checks again.
 */
public interface PostAction {

    /**
     * The control for this post, or empty when it does not apply. {@code changed} redraws the
     * post after the control changed it.
     */
    Optional<Component> controlFor(PostDetails post, ThreadDetails thread, Runnable changed);
}
