package org.joinedup.portal.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.PersonAccount;

/** Whether the account may sign in, and ending its sessions. Deactivation asks for confirmation first. */
class AccountActions extends Section {

    final Paragraph status = new Paragraph();
    final Button deactivate = new Button("Deactivate account");
    final Button reactivate = new Button("Reactivate account");
    final Button endSessions = new Button("End all sessions");
    final Paragraph ownAccount = new Paragraph(
            "This is your own account. You cannot deactivate it; another administrator can.");
    final Paragraph refusal = new Paragraph();
    private String displayName = "";

    AccountActions(Runnable onDeactivate, Runnable onReactivate, Runnable onEndSessions) {
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(event -> confirmDeactivation(onDeactivate));
        reactivate.addClickListener(event -> onReactivate.run());
        endSessions.addClickListener(event -> onEndSessions.run());
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Div buttons = new Div(deactivate, reactivate, endSessions);
        buttons.addClassName("button-row");
        add(new H2("Account"), status, ownAccount, refusal, buttons,
                new Paragraph("Ending all sessions signs the person out on every device at their next action, "
                        + "for example after a lost laptop. They can sign in again straight away."));
    }

    void show(PersonAccount account, boolean ownAccount) {
        displayName = account.displayName();
        status.setText("Status: " + account.status().label());
        deactivate.setVisible(account.status() == AccountStatus.ACTIVE && !ownAccount);
        reactivate.setVisible(account.status() == AccountStatus.DEACTIVATED);
        this.ownAccount.setVisible(ownAccount);
        refusal.setVisible(false);
    }

    void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private void confirmDeactivation(Runnable onDeactivate) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Deactivate " + displayName + "?");
        dialog.setText("They will be signed out on every device and cannot sign in again until an administrator "
                + "reactivates the account. Everything they have contributed stays.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep the account active");
        dialog.setConfirmText("Deactivate");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onDeactivate.run());
        dialog.open();
    }
}
