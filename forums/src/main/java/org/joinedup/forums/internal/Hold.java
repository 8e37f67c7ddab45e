package org.joinedup.forums.internal;

import org.joinedup.forums.threads.HoldReason;

/** Why a post should wait for a moderator, and what was found (never the text itself). */
public record Hold(HoldReason reason, String detail) {
}
