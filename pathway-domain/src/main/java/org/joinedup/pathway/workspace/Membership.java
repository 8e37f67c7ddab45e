package org.joinedup.pathway.workspace;

import java.util.Locale;

import jakarta.validation.constraints.NotNull;

import org.joinedup.identity.people.CareSetting;

/** A role to give a person in a workspace; a setting representative also needs the setting they sign for. */
public record Membership(@NotNull(message = "Choose a role") WorkspaceRole role, CareSetting careSetting) {

    public static Membership of(WorkspaceRole role) {
        return new Membership(role, null);
    }

    public static Membership representing(CareSetting setting) {
        return new Membership(WorkspaceRole.SETTING_REPRESENTATIVE, setting);
    }

    /** How the membership reads in a sentence: "editor", "representative of Primary care". */
    public String describe() {
        return role == WorkspaceRole.SETTING_REPRESENTATIVE
                ? "representative of " + careSetting.label()
                : role.label().toLowerCase(Locale.ROOT);
    }
}
