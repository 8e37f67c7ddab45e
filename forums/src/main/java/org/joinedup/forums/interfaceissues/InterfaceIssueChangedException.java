package org.joinedup.forums.interfaceissues;

/**
 * Someone changed the issue's status after the page asking for a change was opened, so the
 * change was not made: the person looks at the issue as it now stands and decides again.
 */
public class InterfaceIssueChangedException extends RuntimeException {

    private final InterfaceIssueStatus current;

    public InterfaceIssueChangedException(InterfaceIssueStatus current) {
        super("Someone changed this issue while you had it open: it is now " + current.label().toLowerCase()
                + ". Nothing was changed; your note is still in the form. Look at its history and decide again.");
        this.current = current;
    }

    public InterfaceIssueStatus current() {
        return current;
    }
}
