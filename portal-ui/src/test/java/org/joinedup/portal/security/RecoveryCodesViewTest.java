package org.joinedup.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.dashboard.DashboardView;
import org.junit.jupiter.api.Test;

class RecoveryCodesViewTest extends KaribuTest {

    @Test
    void new_recovery_codes_are_shown_once_with_a_word_on_keeping_them_safe() {
        signInAs("pharmacist");
        List<String> codes = List.of("abcde-fghjk", "mnpqr-stuvw");
        VaadinSession.getCurrent().getSession().setAttribute(SecondFactorCodeFilter.RECOVERY_CODES, codes);

        navigateTo("two-factor/recovery-codes");

        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactlyElementsOf(codes);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("Store them safely").contains("not be shown again"));

        navigateTo("");
        navigateTo("two-factor/recovery-codes");
        assertThat(currentView()).isAssignableTo(DashboardView.class);
    }
}
