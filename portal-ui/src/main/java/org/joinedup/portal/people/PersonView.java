package org.joinedup.portal.people;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.AccountChange;
import org.joinedup.identity.people.AccountLocks;
import org.joinedup.identity.people.OrganisationDirectory;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.SessionControl;
import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.identity.twofactor.SecondFactorService;
import org.joinedup.pathway.proposal.RepresentationExceptions;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One person, as an administrator manages them: roles, care setting and organisation;
 * deactivation and reactivation; ending their sessions; and the history of every change.
 * If another administrator changes the person meanwhile, a save is refused with a clear
 * message and the choices stay in the form.
 */
@Route("people/:id([0-9]{1,18})")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 name = new H1();
    final Paragraph summary = new Paragraph();
    final Div conflict = new Div();
    final AccessForm access;
    final AccountActions actions;
    final SignInSafety signIn;
    final PersonHistory history;
    final RepresentationSection representation;
    private final PersonAdministration administration;
    private final AccountLocks locks;
    private final SecondFactorService secondFactors;
    private final SessionControl sessions;
    private final OrganisationDirectory organisations;
    private final Long myId;
    private PersonAccount account;

    PersonView(PersonAdministration administration, SessionControl sessions, OrganisationDirectory organisations,
            AccountLocks locks, SecondFactorService secondFactors, AuditTrail audit,
            RepresentationExceptions exceptions, AuthenticationContext authentication) {
        this.administration = administration;
        this.locks = locks;
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.organisations = organisations;
        this.myId = authentication.getAuthenticatedUser(SignedInPerson.class).map(SignedInPerson::personId).orElse(null);
        this.access = new AccessForm(organisations, this::changeAccess);
        this.actions = new AccountActions(this::deactivate, this::reactivate, this::endSessions);
        this.signIn = new SignInSafety(this::liftPause, this::resetSecondStep);
        this.history = new PersonHistory(audit);
        this.representation = new RepresentationSection(exceptions);
        addClassName("page");

        Button latest = new Button("Show the latest details", event -> reload());
        conflict.add(new Paragraph("Someone else changed this account after you opened the page, so your change "
                + "was not saved. Your choices are still in the form. Look at the latest details, then make "
                + "your change again."), latest);
        conflict.addClassName("conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        add(new RouterLink("Back to all people", PeopleView.class), name, summary, conflict, access, actions, signIn,
                representation, history);
    }

    static RouteParameters parameters(long personId) {
        return new RouteParameters("id", Long.toString(personId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PersonAccount> found = event.getRouteParameters().getLong("id").flatMap(administration::account);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return (account == null ? "Person" : account.displayName()) + " | JoinedUp";
    }

    private void show(PersonAccount shown) {
        account = shown;
        name.setText(shown.displayName());
        summary.setText(shown.email()
                + (shown.organisationName() == null ? "" : " \u00b7 " + shown.organisationName())
                + " \u00b7 account created " + PortalTime.date(shown.createdAt())
                + (shown.lastSignInAt() == null ? " \u00b7 never signed in"
                        : " \u00b7 last signed in " + PortalTime.dateTime(shown.lastSignInAt())));
        access.edit(shown, shown.organisationId() == null ? null
                : organisations.organisation(shown.organisationId()).orElse(null));
        actions.show(shown, Long.valueOf(shown.id()).equals(myId));
        signIn.show(shown.displayName(), locks.lockedUntil(shown.id()), secondFactors.isSetUp(shown.id()));
        representation.show(shown);
        history.show(shown.id());
        conflict.setVisible(false);
    }

    private void reload() {
        administration.account(account.id()).ifPresent(this::show);
    }

    private void changeAccess(AccountChange change) {
        try {
            PersonAccount saved = administration.changeAccess(account.id(), change);
            boolean changed = saved.version() != account.version();
            show(saved);
            confirm(changed ? "Changes saved" : "Nothing to save: the account already looks like that");
        } catch (InvalidInputException refusal) {
            if (!access.refuse(refusal)) {
                actions.refuse(refusal.getMessage());
            }
        } catch (OptimisticLockingFailureException concurrent) {
            conflict.setVisible(true);
        }
    }

    private void deactivate() {
        statusChange(() -> administration.deactivate(account.id(), account.version()),
                account.displayName() + " is deactivated and signed out everywhere");
    }

    private void reactivate() {
        statusChange(() -> administration.reactivate(account.id(), account.version()),
                account.displayName() + " can sign in again");
    }

    private void statusChange(Supplier<PersonAccount> change, String done) {
        try {
            show(change.get());
            confirm(done);
        } catch (InvalidInputException refusal) {
            actions.refuse(refusal.getMessage());
        } catch (OptimisticLockingFailureException concurrent) {
            conflict.setVisible(true);
        }
    }

    private void endSessions() {
        sessions.endSessionsOf(account.id());
        history.show(account.id());
        confirm(account.displayName() + " will be asked to sign in again at their next action, on every device");
    }

    private void liftPause() {
        boolean lifted = locks.unlock(account.id());
        reload();
        confirm(lifted ? account.displayName() + " can try to sign in again now" : "Sign-in was no longer paused");
    }

    private void resetSecondStep() {
        secondFactors.reset(account.id());
        reload();
        confirm(account.displayName() + " will set up a new authenticator at their next sign-in");
    }

    private static void confirm(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
