package org.joinedup.portal.registration;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.joinedup.identity.people.EmailNotConfirmedException;
import org.joinedup.identity.people.PendingRegistration;
import org.joinedup.identity.people.RegistrationAlreadyDecidedException;
import org.joinedup.identity.people.RegistrationApprovals;
import org.joinedup.identity.people.Role;
import org.joinedup.platform.time.PortalTime;

/** Registrations waiting for a decision, oldest first, each with approve and decline. */
@Route("approvals")
@PageTitle("Approvals | JoinedUp")
@Menu(order = 81, title = "Approvals", icon = "vaadin:user-check")
@RolesAllowed({"MODERATOR", "ADMIN"})
@AccessDeniedErrorRouter
public class ApprovalsView extends VerticalLayout {

    static final String ACTIONS = "actions";

    final Grid<PendingRegistration> grid = new Grid<>();
    final Paragraph empty = new Paragraph("No registrations are waiting. New ones appear here as people "
            + "register, the oldest at the top.");
    private final RegistrationApprovals approvals;

    ApprovalsView(RegistrationApprovals approvals) {
        this.approvals = approvals;
        addClassName("page");
        setSizeFull();

        grid.addColumn(PendingRegistration::displayName).setHeader("Name shown to others").setFlexGrow(2);
        grid.addColumn(PendingRegistration::realName).setHeader("Real name").setFlexGrow(2);
        grid.addColumn(PendingRegistration::email).setHeader("E-mail").setFlexGrow(3);
        grid.addColumn(r -> r.patientGroupName() == null ? "None" : r.patientGroupName()).setHeader("Patient group")
                .setFlexGrow(2);
        grid.addColumn(r -> PortalTime.date(r.registeredAt())).setHeader("Registered on");
        grid.addColumn(r -> r.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Joining as");
        grid.addColumn(r -> r.emailConfirmed() ? "Confirmed" : "Not yet confirmed").setHeader("E-mail address");
        grid.addComponentColumn(this::actions).setHeader("Decision").setKey(ACTIONS).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Registrations waiting for approval");
        grid.setItems(query -> approvals.waiting(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(approvals.waitingCount()));

        empty.addClassName("empty-state");
        add(new H1("Approvals"),
                new Paragraph("New accounts wait here until they are approved: patient partners who registered, "
                        + "for a moderator or administrator, and accounts made at a first sign-in through an "
                        + "identity provider, for an administrator. Approve someone to let them sign in; decline a registration that is spam "
                        + "or not meant for JoinedUp. A registration can be approved once the person has confirmed "
                        + "their e-mail address with the link we sent them."),
                empty, grid);
        showEmptyState();
    }

    private Component actions(PendingRegistration registration) {
        Button approve = new Button("Approve", event -> approve(registration));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel("Approve " + registration.displayName());
        Button decline = new Button("Decline", event -> new DeclineDialog(registration.displayName(),
                reason -> decline(registration, reason)).open());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        decline.setAriaLabel("Decline " + registration.displayName());
        return new HorizontalLayout(approve, decline);
    }

    private void approve(PendingRegistration registration) {
        try {
            approvals.approve(registration.personId(), registration.version());
            tell(registration.displayName() + " is approved and can now sign in.", NotificationVariant.LUMO_SUCCESS);
        } catch (RegistrationAlreadyDecidedException | EmailNotConfirmedException e) {
            tell(e.getMessage(), NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private void decline(PendingRegistration registration, String reason) {
        try {
            approvals.decline(registration.personId(), registration.version(), reason);
            tell("The registration from " + registration.displayName() + " is declined and removed.",
                    NotificationVariant.LUMO_SUCCESS);
        } catch (RegistrationAlreadyDecidedException e) {
            tell(e.getMessage(), NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showEmptyState();
    }

    private void showEmptyState() {
        boolean none = approvals.waitingCount() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    private static void tell(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
