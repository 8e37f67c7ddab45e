package org.joinedup.portal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Newly issued recovery codes, shown this once with a plain word on keeping them safe. */
public class RecoveryCodeList extends Div {

    public RecoveryCodeList(List<String> codes) {
        addClassName("recovery-codes");
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "Recovery codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(new Paragraph("If you lose your phone, each of these codes lets you sign in once instead of a code "
                        + "from the app. Store them safely, for example in a password manager or printed and kept "
                        + "at home. They will not be shown again."),
                list);
    }
}
