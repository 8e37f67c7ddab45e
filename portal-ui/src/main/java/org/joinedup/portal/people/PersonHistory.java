package org.joinedup.portal.people;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.time.PortalTime;

/** Every recorded change to the person, newest first, paged through the audit trail. */
class PersonHistory extends Section {

    final Grid<AuditRecord> grid = new Grid<>();
    private final AuditTrail audit;

    PersonHistory(AuditTrail audit) {
        this.audit = audit;
        grid.addColumn(entry -> PortalTime.dateTime(entry.occurredAt())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::details).setHeader("What").setFlexGrow(1);
        grid.setAriaLabel("History");
        grid.addClassName("history-grid");
        grid.setPageSize(20);
        add(new H2("History"), grid);
    }

    void show(long personId) {
        grid.setItems(
                query -> audit.history(PersonAdministration.AUDIT_SUBJECT, personId, query.getOffset(),
                        query.getLimit()).stream(),
                query -> Math.toIntExact(audit.historySize(PersonAdministration.AUDIT_SUBJECT, personId)));
    }
}
