package org.joinedup.portal.people;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.joinedup.platform.time.PortalTime;

/** A person's sign-in safety: a pause after repeated failures, which an administrator may lift, and their second step. */
class SignInSafety extends Section {

    final Paragraph pause = new Paragraph();
    final Button liftPause = new Button("Lift the pause");
    final Paragraph secondStep = new Paragraph();
    final Button resetSecondStep = new Button("Reset two-step sign-in");
    private String displayName = "";

    SignInSafety(Runnable onLiftPause, Runnable onResetSecondStep) {
        liftPause.addClickListener(event -> onLiftPause.run());
        resetSecondStep.addClickListener(event -> confirmReset(onResetSecondStep));
        Div pauseRow = new Div(pause, liftPause);
        Div secondStepRow = new Div(secondStep, resetSecondStep);
        pauseRow.addClassName("button-row");
        secondStepRow.addClassName("button-row");
        add(new H2("Sign-in"), pauseRow, secondStepRow);
    }

    void show(String personName, Optional<Instant> pausedUntil, boolean secondStepSetUp) {
        displayName = personName;
        pause.setText(pausedUntil
                .map(until -> "Sign-in is paused after repeated failed attempts, until "
                        + PortalTime.dateTime(until) + ".")
                .orElse("Sign-in is not paused."));
        liftPause.setVisible(pausedUntil.isPresent());
        secondStep.setText(secondStepSetUp
                ? "Two-step sign-in is set up."
                : "Two-step sign-in is not set up; staff with a password set it up at their next sign-in.");
        resetSecondStep.setVisible(secondStepSetUp);
    }

    private void confirmReset(Runnable onReset) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Reset two-step sign-in for " + displayName + "?");
        dialog.setText("Use this when they have lost their phone or authenticator app. Their authenticator and "
                + "recovery codes stop working, and they set up a new authenticator at their next sign-in.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it as it is");
        dialog.setConfirmText("Reset");
        dialog.addConfirmListener(event -> onReset.run());
        dialog.open();
    }
}
