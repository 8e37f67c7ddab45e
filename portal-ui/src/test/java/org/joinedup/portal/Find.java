package org.joinedup.portal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/** Finds what a person finds on the page: an input by its label, a button by its caption. */
public final class Find {

    private Find() {
    }

    public static <T extends Component> T labelled(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    public static Button button(String caption) {
        return _get(Button.class, spec -> spec.withText(caption));
    }

    /** An input by its label within one part of the page, such as an open dialog. */
    public static <T extends Component> T labelled(Component within, Class<T> type, String label) {
        return _get(within, type, spec -> spec.withLabel(label));
    }

    public static Button button(Component within, String caption) {
        return _get(within, Button.class, spec -> spec.withText(caption));
    }
}
