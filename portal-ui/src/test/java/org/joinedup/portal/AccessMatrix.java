package org.joinedup.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.joinedup.identity.people.Role;

/**
 * The table in {@code docs/access-matrix.md}: one row per route and per public method of
 * a public service or component, saying who may open or call it and, for a method that
 * acts within one workspace, what the caller must be in that workspace.
 */
final class AccessMatrix {

    static final String FILE = "docs/access-matrix.md";
    static final String ROUTE = "route";
    static final String SERVICE = "service";
    static final String COMPONENT = "component";
    /** The "in workspace" value of a method that does not act within one workspace, and of every route. */
    static final String NOT_IN_WORKSPACE = "\u2014";

    /** What a workspace-scoped method needs inside the workspace, in the matrix's words. */
    enum InWorkspace {
        /** Any member who reads the draft, and staff on a workspace open to every clinician. */
        READER("reader"),
        /** Convenors, editors and setting representatives. */
        EDITOR("editor"),
        CONVENOR("convenor"),
        /** A representative of the care setting the call names. */
        REPRESENTATIVE("representative"),
        /** Every member, patient partners included, and staff on a workspace open to every clinician. */
        MEMBER("member"),
        /** The published pathway: any member who reads the draft, and every clinician unless the workspace is confidential. */
        LIBRARY("library"),
        /** The "what to expect" page: every member, and every clinician and patient partner unless confidential. */
        PATIENT_PAGE("patient page"),
        /** No place in the workspace: an administrator acts on it from outside, and members are refused by role. */
        ADMINISTRATOR("administrator"),
        /**
         * The caller's place is never checked: a component answering about other people in the
         * workspace for code running with nobody signed in. Every caller gets an answer.
         */
        NOT_THE_CALLERS("not the caller's");

        final String word;

        InWorkspace(String word) {
            this.word = word;
        }
    }

    /**
     * One row. {@code roles} is empty for {@code everyone}, {@code signed in} and
     * {@code nobody}.
     */
    record Row(int line, String kind, String name, String allowed, Set<Role> roles, InWorkspace inWorkspace) {

        boolean workspaceScoped() {
            return inWorkspace != null;
        }

        /** Whether a caller with exactly this role, or nobody signed in when null, may go ahead. */
        boolean allows(Role role) {
            return switch (allowed) {
                case "everyone" -> true;
                case "signed in" -> role != null;
                case "nobody" -> false;
                default -> role != null && roles.contains(role);
            };
        }

        String key() {
            return kind + " " + name;
        }
    }

    private final List<Row> rows;

    private AccessMatrix(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> rows(String kind) {
        return rows.stream().filter(row -> row.kind().equals(kind)).toList();
    }

    /** The row a person would add for a route or method, aligned like the others. */
    static String line(String kind, String name, String allowed) {
        return "| " + kind + " | " + name + " | " + allowed + " | " + NOT_IN_WORKSPACE + " | |";
    }

    /** Reads the table from the repository root, whichever module the tests run in. */
    static AccessMatrix read() {
        Path file = location();
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static AccessMatrix parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1).split("\\|", -1)).map(String::strip).toArray(String[]::new);
            String kind = cells[0];
            if (kind.equals("kind") || kind.startsWith("-")) {
                continue;
            }
            int number = i + 1;
            if (cells.length < 5 || !(kind.equals(ROUTE) || kind.equals(SERVICE) || kind.equals(COMPONENT))) {
                throw new IllegalStateException(FILE + " line " + number
                        + ": a row is | route, service or component | name | allowed | in workspace | notes |");
            }
            Row row = new Row(number, kind, cells[1], cells[2], roles(cells[2], number), inWorkspace(cells[3], number));
            if (kind.equals(ROUTE) && row.workspaceScoped()) {
                throw new IllegalStateException(FILE + " line " + number + ": routes are checked by role only; write "
                        + NOT_IN_WORKSPACE + " under in workspace");
            }
            if (!seen.add(row.key())) {
                throw new IllegalStateException(FILE + " line " + number + ": " + row.key() + " has a row already");
            }
            rows.add(row);
        }
        return new AccessMatrix(List.copyOf(rows));
    }

    private static Set<Role> roles(String allowed, int line) {
        if (Set.of("everyone", "signed in", "nobody").contains(allowed)) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : allowed.split(",")) {
            try {
                roles.add(Role.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(FILE + " line " + line + ": \"" + name.strip()
                        + "\" is not everyone, signed in, nobody or a role (" + Arrays.toString(Role.values()) + ")");
            }
        }
        return roles;
    }

    private static InWorkspace inWorkspace(String value, int line) {
        if (value.equals(NOT_IN_WORKSPACE)) {
            return null;
        }
        return Arrays.stream(InWorkspace.values()).filter(need -> need.word.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalStateException(FILE + " line " + line + ": in workspace is \"" + value
                        + "\", not " + NOT_IN_WORKSPACE + " or one of " + Arrays.stream(InWorkspace.values())
                                .map(need -> need.word).toList()));
    }

    private static Path location() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
    }
}
