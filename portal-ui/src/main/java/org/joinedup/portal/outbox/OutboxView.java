package org.joinedup.portal.outbox;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.joinedup.platform.mail.MailDelivery;
import org.joinedup.platform.mail.MailOutbox;
import org.joinedup.platform.mail.OutboxEntry;
import org.joinedup.platform.mail.OutboxMessage;
import org.joinedup.platform.time.PortalTime;

/**
 * Where the portal's e-mail goes and, when no mail server is set, every mail it has
 * written to the outbox folder, newest first; choosing one shows it as the person would
 * read it. In the demo, this is how to see the confirmation and password links.
 */
@Route("outbox")
@PageTitle("Outbox | JoinedUp")
@Menu(order = 85, title = "Outbox", icon = "vaadin:envelopes-o")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class OutboxView extends VerticalLayout {

    final Paragraph delivery = new Paragraph();
    final Grid<OutboxEntry> grid = new Grid<>();
    final Paragraph empty = new Paragraph("No mail has been written to the outbox yet.");
    final Div message = new Div();
    private final MailOutbox outbox;

    OutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        addClassName("page");
        setSizeFull();

        grid.addColumn(OutboxEntry::to).setHeader("To").setFlexGrow(2);
        grid.addColumn(OutboxEntry::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(entry -> PortalTime.dateTime(entry.writtenAt())).setHeader("Written").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Mail in the outbox, newest first");
        grid.setItems(query -> outbox.written(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(outbox.countWritten()));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::show));

        delivery.addClassName("mail-delivery");
        empty.addClassName("empty-state");
        message.addClassName("card");
        message.addClassName("outbox-message");
        message.setVisible(false);
        describe(outbox.delivery());
        boolean none = outbox.countWritten() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        add(new H1("Outbox"), delivery, empty, grid, message);
        setFlexGrow(1, grid);
    }

    private void describe(MailDelivery where) {
        if (!where.toServer()) {
            delivery.setText("No mail server is set, so every e-mail the portal sends is written to the outbox folder "
                    + "in its data folder and listed here, newest first. Nothing is sent to anyone. Set "
                    + "JOINEDUP_SMTP_HOST to send mail through a server.");
            return;
        }
        StringBuilder text = new StringBuilder("E-mail goes to the mail server ").append(where.server()).append('.');
        if (where.waiting() > 0) {
            text.append(' ').append(where.waiting() == 1 ? "1 message is" : where.waiting() + " messages are")
                    .append(" waiting because the server did not take them; they are tried again every few minutes.");
        }
        if (where.undelivered() > 0) {
            text.append(' ').append(where.undelivered() == 1 ? "1 message" : where.undelivered() + " messages")
                    .append(" could not be sent for two days and were set aside in the outbox folder's "
                            + "\"undelivered\" folder; the log says which.");
        }
        text.append(" Listed below is only mail written to the outbox while no server was set.");
        delivery.setText(text.toString());
    }

    private void show(OutboxEntry entry) {
        message.removeAll();
        OutboxMessage mail = outbox.open(entry.id()).orElse(null);
        if (mail == null) {
            message.add(new Paragraph("This mail is no longer in the outbox folder."));
        } else {
            message.add(new H2(mail.subject()),
                    new Paragraph("To " + mail.to() + ", from " + mail.from() + ", written "
                            + PortalTime.dateTime(mail.writtenAt()) + "."),
                    new Pre(mail.text()));
        }
        message.setVisible(true);
    }
}
