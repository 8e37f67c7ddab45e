package org.joinedup.portal.organisations;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.OrganisationDirectory;

/** The organisations people belong to: listed a page at a time, added, renamed and reclassified. */
@Route("organisations")
@PageTitle("Organisations | JoinedUp")
@Menu(order = 82, title = "Organisations", icon = "vaadin:office")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class OrganisationsView extends VerticalLayout {

    final TextField search = new TextField("Find by name");
    final Button add = new Button("Add an organisation", VaadinIcon.PLUS.create());
    final Grid<OrganisationDetails> grid = new Grid<>();
    private final OrganisationDirectory organisations;

    OrganisationsView(OrganisationDirectory organisations) {
        this.organisations = organisations;
        addClassName("page");
        setSizeFull();

        search.setPlaceholder("Part of the name");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> open(new OrganisationDialog("Add an organisation", "", null, change -> {
            OrganisationDetails created = organisations.create(change);
            done("\u201c" + created.name() + "\u201d added");
        })));
        Div tools = new Div(search, add);
        tools.addClassName("filters");

        grid.addColumn(OrganisationDetails::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(o -> o.kind().label()).setHeader("Kind").setFlexGrow(2);
        grid.addColumn(OrganisationDetails::people).setHeader("People").setFlexGrow(0).setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setKey("edit").setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Organisations");
        grid.addItemClickListener(event -> edit(event.getItem()));

        add(new H1("Organisations"), tools, grid);
        refresh();
    }

    private Button editButton(OrganisationDetails organisation) {
        Button edit = new Button("Edit", event -> edit(organisation));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel("Edit " + organisation.name());
        return edit;
    }

    private void edit(OrganisationDetails organisation) {
        open(new OrganisationDialog("Edit " + organisation.name(), organisation.name(), organisation.kind(), change -> {
            organisations.update(organisation.id(), organisation.version(), change);
            done("Changes to \u201c" + change.name().strip() + "\u201d saved");
        }));
    }

    /** However the dialog closes, the list then shows the latest, including other administrators' changes. */
    private void open(OrganisationDialog dialog) {
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private static void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(
                query -> organisations.find(text, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(organisations.count(text)));
    }
}
