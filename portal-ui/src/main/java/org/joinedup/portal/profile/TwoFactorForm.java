package org.joinedup.portal.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.joinedup.identity.twofactor.SecondFactorService;
import org.joinedup.identity.twofactor.SecondFactorStatus;
import org.joinedup.platform.time.PortalTime;

/**
 * Two-step sign-in on the profile: whether it is on, setting up a new authenticator (a new
 * phone), and for patient partners only, turning it on or off. Staff always keep it.
 */
class TwoFactorForm extends Section {

    final Paragraph state = new Paragraph();
    final Button setUp = new Button();
    final Button turnOff = new Button("Turn off two-step sign-in");
    private final SecondFactorService secondFactors;

    TwoFactorForm(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
        setUp.addClickListener(event -> new EnrolmentDialog(secondFactors, this::refresh).open());
        turnOff.addClickListener(event -> new TurnOffDialog(secondFactors, this::refresh).open());
        add(new H2("Two-step sign-in"), state, new HorizontalLayout(setUp, turnOff));
        refresh();
    }

    private void refresh() {
        SecondFactorStatus status = secondFactors.myStatus();
        if (status.setUp()) {
            state.setText("On since " + PortalTime.date(status.setUpAt()) + ": you sign in with your password and a "
                    + "code from your authenticator app. " + status.recoveryCodesLeft() + " unused recovery codes."
                    + (status.required() ? " Staff accounts always use two-step sign-in." : ""));
            setUp.setText("Set up a new authenticator");
        } else {
            state.setText(status.required()
                    ? "Not set up yet: you will set it up at your next sign-in."
                    : "Off. Turn it on so that your password alone cannot open your account: you will also enter a "
                            + "code from an app on your phone.");
            setUp.setText("Turn on two-step sign-in");
        }
        turnOff.setVisible(status.setUp() && !status.required());
    }
}
