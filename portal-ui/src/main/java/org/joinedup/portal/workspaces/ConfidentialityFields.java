package org.joinedup.portal.workspaces;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.pathway.workspace.WorkspaceLimits;

/**
 * Whether the published pathway is kept out of the library, and why: a reason is asked for
 * when it is; members are shown it.
 */
class ConfidentialityFields extends Div {

    static final String REASON_NEEDED = "Say why the published pathway is kept out of the library";

    final Checkbox confidential = new Checkbox("Confidential: keep the published pathway out of the library");
    final TextArea reason = new TextArea("Why it is confidential");

    ConfidentialityFields() {
        addClassName("confidentiality-fields");
        reason.setMaxLength(WorkspaceLimits.SHORT_TEXT_MAX);
        reason.setHelperText("Members see this. Only members read a confidential pathway; every other clinician "
                + "finds published pathways in the library.");
        reason.setWidthFull();
        confidential.addValueChangeListener(event -> reason.setVisible(event.getValue()));
        reason.setVisible(false);
        add(confidential, reason);
    }

    void show(String confidentialReason) {
        reason.setInvalid(false);
        confidential.setValue(confidentialReason != null);
        reason.setValue(confidentialReason == null ? "" : confidentialReason);
        reason.setVisible(confidentialReason != null);
    }

    /** The reason to save, null when the pathway belongs in the library. */
    String value() {
        return confidential.getValue() ? reason.getValue() : null;
    }

    /** A confidential pathway needs its reason; says so at the field when it is missing. */
    boolean complete() {
        if (confidential.getValue() && reason.getValue().isBlank()) {
            refuse(REASON_NEEDED);
            return false;
        }
        return true;
    }

    void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
