package org.joinedup.forums.meetings;

/** Where an agenda item came from. */
public enum AgendaItemKind {
    /** The workspace's change proposal awaiting sign-off. */
    PROPOSAL,
    /** A thread of the forum that a member put forward for the meeting. */
    THREAD,
    /** An item an organiser wrote. */
    FREE
}
