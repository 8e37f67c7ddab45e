package org.joinedup.platform.notification;

import java.util.Collection;
import java.util.Map;

/** Where to mail people who chose mail as well: the people feature answers for active accounts. */
public interface RecipientAddresses {

    /** Person id to e-mail address, for those among {@code personIds} whose accounts are active. */
    Map<Long, String> ofActive(Collection<Long> personIds);
}
