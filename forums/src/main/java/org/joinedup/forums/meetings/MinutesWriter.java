package org.joinedup.forums.meetings;

import java.util.Map;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.platform.time.PortalTime;

/**
 * Writes a meeting's minutes as Markdown. Everything people typed (titles, agenda items,
 * names, decisions, actions) goes through {@link #text}, which escapes every punctuation
 * character and folds line breaks, so nobody's words can become a heading, a list, a table
 * cell, a link or emphasis: the structure is this class's alone.
 */
final class MinutesWriter {

    private MinutesWriter() {
    }

    static String write(MeetingDetails meeting, Map<Long, Integer> proposalNumbers) {
        MeetingSummary summary = meeting.meeting();
        StringBuilder md = new StringBuilder();
        md.append("## Minutes: ").append(text(summary.title())).append("\n\n");
        md.append("**When:** ").append(text(PortalTime.dateTime(summary.start().toInstant()))).append(" to ")
                .append(text(PortalTime.time(summary.end().toInstant()))).append(" \\(London time\\)  \n");
        md.append("**Where:** ").append(summary.mode() == MeetingMode.ONLINE ? "Online"
                : text(summary.venue() == null ? "In person" : summary.venue())).append("  \n");
        md.append("**Workspace:** ").append(text(meeting.workspaceTitle())).append("\n\n");

        md.append("### Agenda\n\n");
        if (meeting.agenda().isEmpty()) {
            md.append("No items.\n\n");
        } else {
            int n = 1;
            for (AgendaItem item : meeting.agenda()) {
                md.append(n++).append(". ").append(switch (item.kind()) {
                    case PROPOSAL -> "Change proposal " + proposalNumber(item, proposalNumbers) + " awaiting sign\\-off: ";
                    case THREAD -> "Raised in the forum: ";
                    case FREE -> "";
                }).append(text(item.text())).append('\n');
            }
            md.append('\n');
        }

        md.append("### Attendance\n\n");
        if (meeting.attendance().isEmpty()) {
            md.append("No attendance recorded.\n\n");
        } else {
            md.append("| Name | Care setting | Spoke for | Minutes |\n|---|---|---|---:|\n");
            for (Attendee attendee : meeting.attendance()) {
                md.append("| ").append(text(attendee.name())).append(attendee.guest() ? " \\(guest\\)" : "")
                        .append(" | ").append(text(settingLabel(attendee.careSetting())))
                        .append(" | ").append(text(attendee.body().label()))
                        .append(" | ").append(attendee.minutes()).append(" |\n");
            }
            md.append("\n**By care setting:**\n\n");
            for (SettingBalance balance : meeting.balance()) {
                md.append("- ").append(text(balance.label())).append(": ").append(balance.people())
                        .append(balance.people() == 1 ? " person, " : " people, ").append(balance.minutes())
                        .append(" minutes\n");
            }
            md.append("\n**By representative body:**\n\n");
            for (RepresentativeBody body : RepresentativeBody.values()) {
                long count = meeting.attendance().stream().filter(a -> a.body() == body).count();
                if (count > 0) {
                    md.append("- ").append(text(body.label())).append(": ").append(count).append('\n');
                }
            }
            md.append('\n');
        }

        md.append("### Decisions\n\n");
        if (meeting.decisions().isEmpty()) {
            md.append("No decisions recorded.\n\n");
        } else {
            int n = 1;
            for (DecisionDetails decision : meeting.decisions()) {
                md.append(n++).append(". ").append(text(decision.text()));
                if (decision.changesPathway()) {
                    md.append(" *Changes the pathway");
                    if (decision.proposalId() != null) {
                        Integer number = proposalNumbers.get(decision.proposalId());
                        md.append(Boolean.TRUE.equals(decision.proposalOpened()) ? ": opened change proposal"
                                : ": added to change proposal").append(number == null ? "" : " " + number);
                    }
                    md.append("\\.*");
                }
                md.append('\n');
            }
            md.append('\n');
        }

        md.append("### Actions\n\n");
        if (meeting.actions().isEmpty()) {
            md.append("No actions recorded.\n");
        } else {
            md.append("| Action | Owner | Due | Done |\n|---|---|---|---|\n");
            for (ActionDetails action : meeting.actions()) {
                md.append("| ").append(text(action.text())).append(" | ").append(text(action.ownerName()))
                        .append(" | ").append(text(PortalTime.date(action.due().atStartOfDay(PortalTime.ZONE)
                                .toInstant()))).append(" | ").append(action.done() ? "Done" : "Not yet").append(" |\n");
            }
        }
        return md.toString();
    }

    private static String proposalNumber(AgendaItem item, Map<Long, Integer> proposalNumbers) {
        Integer number = item.proposalId() == null ? null : proposalNumbers.get(item.proposalId());
        return number == null ? "" : String.valueOf(number);
    }

    static String settingLabel(CareSetting setting) {
        return setting == null ? "No care setting" : setting.label();
    }

    /**
     * People's words as plain Markdown text: line breaks folded to spaces and every ASCII
     * punctuation character escaped with a backslash, which CommonMark reads as that literal
     * character, so nothing in it can open a block, a link, emphasis, code or a table cell.
     */
    static String text(String words) {
        if (words == null) {
            return "";
        }
        String flat = words.replaceAll("\\s+", " ").strip();
        StringBuilder escaped = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c < 128 && isPunctuation(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
