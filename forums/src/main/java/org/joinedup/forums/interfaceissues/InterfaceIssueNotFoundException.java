package org.joinedup.forums.interfaceissues;

/** No interface issue has this number. */
public class InterfaceIssueNotFoundException extends RuntimeException {

    public InterfaceIssueNotFoundException() {
        super("There is no interface issue with this number.");
    }
}
