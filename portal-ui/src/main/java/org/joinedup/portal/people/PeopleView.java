package org.joinedup.portal.people;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.joinedup.pathway.people.PeopleDirectory;
import org.joinedup.pathway.people.PersonDetails;
import org.joinedup.pathway.people.Role;

/** Everyone with an account, searchable by name or e-mail, paged through the directory service. */
@Route("people")
@PageTitle("People | JoinedUp")
@Menu(order = 80, title = "People", icon = "vaadin:users")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class PeopleView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<PersonDetails> grid = new Grid<>();
    final Span empty = new Span();
    private final PeopleDirectory directory;

    PeopleView(PeopleDirectory directory) {
        this.directory = directory;
        addClassName("page");
        setSizeFull();

        search.setPlaceholder("Search by name or e-mail");
        search.setWidth("min(100%, 24rem)");
        search.setAriaLabel("Search people");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());

        grid.addColumn(PersonDetails::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PersonDetails::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(p -> p.organisationName() == null ? "" : p.organisationName()).setHeader("Organisation")
                .setFlexGrow(2);
        grid.addColumn(p -> p.careSetting() == null ? "" : p.careSetting().label()).setHeader("Care setting");
        grid.addColumn(p -> p.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(2);
        grid.addColumn(p -> p.status().label()).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("People");

        empty.addClassName("empty-state");
        add(new H1("People"), search, empty, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(
                query -> directory.find(text, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(directory.count(text)));
        boolean none = directory.count(text) == 0;
        empty.setText(none ? "No one matches \u201c" + text.strip() + "\u201d. Try part of a name or a whole e-mail address." : "");
        empty.setVisible(none);
    }
}
