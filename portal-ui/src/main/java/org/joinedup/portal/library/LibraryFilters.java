package org.joinedup.portal.library;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.library.LibraryFilter;

/** The library's filters and its quick filter box; every change hands the whole filter to the page. */
class LibraryFilters extends Div {

    final TextField text = new TextField("Quick filter");
    final Select<CareSetting> setting = new Select<>();
    final Select<String> locality = new Select<>();
    final DatePicker reviewDueBefore = new DatePicker("Review due before");
    final Checkbox overdue = new Checkbox("Review overdue");
    final DatePicker publishedSince = new DatePicker("Published since");

    LibraryFilters(List<String> localities, Consumer<LibraryFilter> changed) {
        addClassNames("filters", "library-filters");
        text.setHelperText("Part of a condition, locality or title");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        setting.setLabel("Care setting");
        setting.setItems(CareSetting.values());
        setting.setItemLabelGenerator(choice -> choice == null ? "Any setting" : choice.label());
        setting.setEmptySelectionAllowed(true);
        setting.setEmptySelectionCaption("Any setting");
        setting.setHelperText("Pathways with a step in this setting");
        locality.setLabel("Locality");
        locality.setItems(localities);
        locality.setEmptySelectionAllowed(true);
        locality.setEmptySelectionCaption("Any locality");
        publishedSince.setHelperText("Recently changed pathways");
        add(text, setting, locality, reviewDueBefore, overdue, publishedSince);
        text.addValueChangeListener(event -> changed.accept(value()));
        setting.addValueChangeListener(event -> changed.accept(value()));
        locality.addValueChangeListener(event -> changed.accept(value()));
        reviewDueBefore.addValueChangeListener(event -> changed.accept(value()));
        overdue.addValueChangeListener(event -> changed.accept(value()));
        publishedSince.addValueChangeListener(event -> changed.accept(value()));
    }

    LibraryFilter value() {
        LocalDate before = reviewDueBefore.getValue();
        return new LibraryFilter(setting.getValue(), locality.getValue(), before, overdue.getValue(),
                publishedSince.getValue(), text.getValue());
    }
}
