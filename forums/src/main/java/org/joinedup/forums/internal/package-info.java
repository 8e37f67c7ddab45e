/** The rows the forums' sub-features share, and the access rules every one of them checks. Only forums may use it. */
package org.joinedup.forums.internal;
