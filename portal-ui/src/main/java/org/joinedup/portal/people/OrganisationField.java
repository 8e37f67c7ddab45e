package org.joinedup.portal.people;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.OrganisationDirectory;

/** Choose an organisation by typing part of its name; the list pages through the directory. */
class OrganisationField extends ComboBox<OrganisationDetails> {

    OrganisationField(String label, OrganisationDirectory organisations) {
        super(label);
        setItemLabelGenerator(OrganisationDetails::name);
        setClearButtonVisible(true);
        // Items are compared by id, so a value read from the database matches its row in the list.
        setItems(new CallbackDataProvider<OrganisationDetails, String>(
                query -> organisations.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(organisations.count(query.getFilter().orElse(""))),
                OrganisationDetails::id));
    }
}
