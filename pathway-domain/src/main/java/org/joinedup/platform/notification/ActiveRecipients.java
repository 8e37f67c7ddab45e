package org.joinedup.platform.notification;

import java.util.Collection;
import java.util.Set;

/**
 * Whose accounts are active, so notifications skip the others. The platform owns the
 * question; the people feature answers it.
 */
public interface ActiveRecipients {

    /** The ids among {@code personIds} whose accounts are active. */
    Set<Long> among(Collection<Long> personIds);

    boolean isActive(long personId);
}
