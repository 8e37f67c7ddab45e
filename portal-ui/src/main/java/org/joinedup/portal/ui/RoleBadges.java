package org.joinedup.portal.ui;

import java.util.Collection;
import java.util.Comparator;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.joinedup.identity.people.Role;

/**
 * Badges that show at a glance who is staff and who is a patient partner. The colour is
 * never the only signal: each badge carries its role's name.
 */
public final class RoleBadges {

    private RoleBadges() {
    }

    public static FlexLayout of(Collection<Role> roles) {
        FlexLayout badges = new FlexLayout();
        badges.addClassName("role-badges");
        roles.stream().sorted(Comparator.naturalOrder()).map(RoleBadges::badge).forEach(badges::add);
        return badges;
    }

    public static Span badge(Role role) {
        Span badge = new Span(role.label());
        badge.addClassNames("role-badge", role.isStaff() ? "role-badge-staff" : "role-badge-patient");
        return badge;
    }
}
