package org.joinedup.portal.audit;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.audit.ChainCheck;
import org.joinedup.platform.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-computes the audit trail's hash chain on request and says whether every entry is as
 * it was written. A broken chain is logged as well as shown, so it reaches whoever watches
 * the logs.
 */
@Route("audit")
@PageTitle("Audit trail | JoinedUp")
@Menu(order = 84, title = "Audit trail", icon = "vaadin:shield")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class AuditCheckView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckView.class);

    final Button check = new Button("Check the audit trail now", VaadinIcon.SHIELD.create());
    final Paragraph result = new Paragraph();

    AuditCheckView(AuditTrail audit, Clock clock) {
        addClassName("page");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(event -> show(audit.verify(), clock));
        result.getElement().setAttribute("role", "status");
        add(new H1("Audit trail"),
                new Paragraph("Every change in JoinedUp (accounts, organisations, pathway workspaces, sign-offs and "
                        + "publications) is written to an append-only trail in which each entry carries the hash of "
                        + "the one before it. Checking recomputes every hash, so an entry edited or removed in the "
                        + "database, by anyone, is found."),
                check, result);
    }

    private void show(ChainCheck outcome, Clock clock) {
        String when = " Checked " + PortalTime.dateTime(clock.instant()) + ".";
        result.removeClassNames("check-failed", "check-passed");
        if (outcome.intact()) {
            result.setText("The trail is intact: all " + outcome.entriesChecked() + " entries are as they were written." + when);
            result.addClassName("check-passed");
            return;
        }
        String problem = outcome.firstBrokenId() != null
                ? "Entry " + outcome.firstBrokenId() + " does not follow the one before it: it was edited, or an entry "
                        + "before it was removed."
                : "The newest entries are missing: the trail ends before its last recorded entry.";
        log.error("Audit trail check failed: {}", problem);
        result.setText("The trail has been tampered with. " + problem + " Keep the database as it is and report this "
                + "as a security incident." + when);
        result.addClassName("check-failed");
    }
}
