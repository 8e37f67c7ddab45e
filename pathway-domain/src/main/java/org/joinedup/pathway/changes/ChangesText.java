package org.joinedup.pathway.changes;

import java.util.List;
import java.util.stream.Collectors;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.SettingChange;
import org.joinedup.platform.mail.PortalLinks;
import org.joinedup.platform.time.PortalTime;

/** The weekly e-mail's text: what changed for a setting, pathway by pathway, version by version, field by field. */
final class ChangesText {

    /** Longer values are cut in the e-mail; the linked page has them whole. */
    static final int MOST_SHOWN = 300;

    private ChangesText() {
    }

    static String mail(CareSetting setting, String since, List<PathwayChanges> pathways, PortalLinks links,
            String pageRoute) {
        StringBuilder text = new StringBuilder("Hello,\n\nWhat changed for ").append(setting.label())
                .append(" in the published pathways you can read, since ").append(since).append(":\n");
        for (PathwayChanges pathway : pathways) {
            text.append("\n").append(pathway.title()).append("\n");
            for (VersionChanges version : pathway.versions()) {
                text.append("\nVersion ").append(version.number()).append(", published ")
                        .append(PortalTime.date(version.publishedAt())).append(": ").append(version.summary())
                        .append("\n").append(links.to(VersionChanges.printRoute(pathway.workspaceId(), version.number())))
                        .append("\n");
                if (version.forMySetting().isEmpty()) {
                    text.append("Nothing in this version changes what ").append(setting.label()).append(" does.\n");
                }
                version.forMySetting().forEach(change -> change(change, text));
                if (version.otherChanges() > 0) {
                    text.append(version.otherChanges() == 1 ? "1 other change does" : version.otherChanges()
                            + " other changes do").append(" not touch ").append(setting.label()).append(".\n");
                }
            }
        }
        return text.append("\nThe same, with every change in full: ").append(links.to(pageRoute))
                .append("\n\nYou get this e-mail because you chose it on that page; untick \"E-mail me this every "
                        + "week\" there to stop it.\n\nJoinedUp\n")
                .toString();
    }

    private static void change(SettingChange change, StringBuilder text) {
        text.append("- ").append(change.meanings().stream().sorted().map(SettingChange.Meaning::label)
                        .collect(Collectors.joining("; "))).append(": ")
                .append(change.change().subject().label()).append(" \"").append(change.change().title()).append("\" (")
                .append(change.change().kind().label().toLowerCase(PortalTime.LOCALE)).append(")\n");
        for (FieldChange field : change.change().fields()) {
            text.append("    ").append(field.field()).append(": ").append(shown(field.before())).append(" -> ")
                    .append(shown(field.after())).append("\n");
        }
    }

    private static String shown(String value) {
        if (value.isBlank()) {
            return "(not stated)";
        }
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() > MOST_SHOWN ? "\"" + oneLine.substring(0, MOST_SHOWN) + "\u2026\"" : "\"" + oneLine + "\"";
    }
}
