package org.joinedup.portal.people;

import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.joinedup.identity.people.AccountStatus;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.OrganisationDirectory;
import org.joinedup.identity.people.PeopleDirectory;
import org.joinedup.identity.people.PeopleFilter;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.identity.people.Role;

/**
 * Everyone with an account, found by name or e-mail and narrowed by organisation, role,
 * care setting and status, paged through the directory service. A row opens the person.
 */
@Route("people")
@PageTitle("People | JoinedUp")
@Menu(order = 80, title = "People", icon = "vaadin:users")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class PeopleView extends VerticalLayout {

    final TextField search = new TextField();
    final OrganisationField organisation;
    final Select<Role> role = choice("Role", "Any role", Role.values(), Role::label);
    final Select<CareSetting> careSetting = choice("Care setting", "Any setting", CareSetting.values(),
            CareSetting::label);
    final Select<AccountStatus> status = choice("Status", "Any status", AccountStatus.values(), AccountStatus::label);
    final Grid<PersonDetails> grid = new Grid<>();
    final Span empty = new Span();
    private final PeopleDirectory directory;

    PeopleView(PeopleDirectory directory, OrganisationDirectory organisations, PersonAdministration administration) {
        this.directory = directory;
        this.organisation = new OrganisationField("Organisation", organisations);
        addClassName("page");
        setSizeFull();

        search.setLabel("Name or e-mail");
        search.setPlaceholder("Search by name or e-mail");
        search.setAriaLabel("Search people");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        organisation.setPlaceholder("Any organisation");
        organisation.addValueChangeListener(event -> refresh());
        role.addValueChangeListener(event -> refresh());
        careSetting.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        Div filters = new Div(search, organisation, role, careSetting, status);
        filters.addClassName("filters");

        grid.addComponentColumn(p -> new RouterLink(p.displayName(), PersonView.class, PersonView.parameters(p.id())))
                .setHeader("Name").setFlexGrow(2);
        grid.addColumn(PersonDetails::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(p -> p.organisationName() == null ? "" : p.organisationName()).setHeader("Organisation")
                .setFlexGrow(2);
        grid.addColumn(p -> p.careSetting() == null ? "" : p.careSetting().label()).setHeader("Care setting");
        grid.addColumn(p -> p.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(2);
        grid.addColumn(p -> p.status().label()).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("People");
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(PersonView.class,
                PersonView.parameters(event.getItem().id()))));

        empty.addClassName("empty-state");
        Button add = new Button("Add a person", VaadinIcon.PLUS.create(), event -> new NewPersonDialog(
                administration, organisations, created -> getUI().ifPresent(ui -> ui.navigate(PersonView.class,
                        PersonView.parameters(created.id())))).open());
        add(new H1("People"), add, filters, empty, grid);
        refresh();
    }

    private void refresh() {
        OrganisationDetails chosen = organisation.getValue();
        PeopleFilter filter = new PeopleFilter(search.getValue(), chosen == null ? null : chosen.id(),
                role.getValue(), careSetting.getValue(), status.getValue());
        grid.setItems(
                query -> directory.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(directory.count(filter)));
        boolean none = directory.count(filter) == 0;
        empty.setText(none ? emptyMessage(filter) : "");
        empty.setVisible(none);
    }

    private static String emptyMessage(PeopleFilter filter) {
        boolean narrowed = filter.organisationId() != null || filter.role() != null || filter.careSetting() != null
                || filter.status() != null;
        String text = filter.text().strip();
        if (text.isEmpty()) {
            return "No one matches the filters you chose.";
        }
        return "No one matches \u201c" + text + "\u201d" + (narrowed ? " with the filters you chose" : "")
                + ". Try part of a name or a whole e-mail address.";
    }

    private static <T> Select<T> choice(String label, String any, T[] values,
            Function<T, String> name) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(value -> value == null ? any : name.apply(value));
        return select;
    }
}
