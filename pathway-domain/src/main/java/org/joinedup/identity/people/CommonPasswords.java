package org.joinedup.identity.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The deny-list shipped in {@code common-passwords.txt}, read once per JVM, and the test
 * for passwords built from its entries: one or two of them, or of keyboard runs and
 * repeated characters, with at most {@value #MAX_TRIMMINGS} digits or symbols around.
 */
final class CommonPasswords {

    static final int MAX_TRIMMINGS = 6;
    private static final int MAX_PARTS = 2;
    private static final int PART_MIN = 3;
    private static final String RESOURCE = "common-passwords.txt";

    private final Set<String> entries;
    private final int longestEntry;

    private CommonPasswords(Set<String> entries) {
        this.entries = Set.copyOf(entries);
        this.longestEntry = entries.stream().mapToInt(String::length).max().orElse(0);
    }

    static CommonPasswords get() {
        return Loaded.LIST;
    }

    /** One of the entries, also with look-alike characters between its letters: "P@ssw0rd1234". */
    boolean isCommon(String compact) {
        return entries.contains(compact) || isEntry(compact) || entries.contains(betweenLetters(compact));
    }

    /**
     * Whether the password splits into at most two common parts plus a few digits or
     * symbols: "Password1234!", "summer2025winter", "qwertyuiop12", "nhs123456789".
     * A shortest-split search over positions, cheap for the longest password allowed.
     */
    boolean isBuiltFromCommonParts(String compact, Set<String> extraWords) {
        int n = compact.length();
        int unreached = Integer.MAX_VALUE;
        int[][] parts = new int[n + 1][MAX_TRIMMINGS + 1];
        for (int[] row : parts) {
            Arrays.fill(row, unreached);
        }
        parts[0][0] = 0;
        for (int start = 0; start < n; start++) {
            for (int trimmings = 0; trimmings <= MAX_TRIMMINGS; trimmings++) {
                int used = parts[start][trimmings];
                if (used == unreached) {
                    continue;
                }
                if (!Character.isLetter(compact.charAt(start)) && trimmings < MAX_TRIMMINGS) {
                    parts[start + 1][trimmings + 1] = Math.min(parts[start + 1][trimmings + 1], used);
                }
                if (used == MAX_PARTS) {
                    continue;
                }
                for (int end = start + PART_MIN; end <= n; end++) {
                    if (isPart(compact.substring(start, end), extraWords)) {
                        parts[end][trimmings] = Math.min(parts[end][trimmings], used + 1);
                    }
                }
            }
        }
        return Arrays.stream(parts[n]).anyMatch(used -> used <= MAX_PARTS);
    }

    private boolean isPart(String part, Set<String> extraWords) {
        if (PasswordText.isSameCharacter(part) || PasswordText.isRun(part)) {
            return true;
        }
        if (part.length() > longestEntry) {
            return false;
        }
        return entries.contains(part) || isEntry(part) || extraWords.contains(part)
                || extraWords.contains(PasswordText.unleet(part, 'i'));
    }

    /** Look-alikes are read as letters only between the first and last letter, so "1234" stays digits. */
    private static String betweenLetters(String compact) {
        int first = 0;
        while (first < compact.length() && !Character.isLetter(compact.charAt(first))) {
            first++;
        }
        int last = compact.length() - 1;
        while (last > first && !Character.isLetter(compact.charAt(last))) {
            last--;
        }
        if (first >= last) {
            return compact;
        }
        return compact.substring(0, first) + PasswordText.unleet(compact.substring(first, last + 1), 'i')
                + compact.substring(last + 1);
    }

    private boolean isEntry(String text) {
        return entries.contains(PasswordText.unleet(text, 'i')) || entries.contains(PasswordText.unleet(text, 'l'));
    }

    private static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The deny-list " + RESOURCE + " is missing from the build");
            }
            Set<String> entries = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordText::compact).filter(entry -> entry.length() >= PART_MIN)
                    .forEach(entries::add);
            return new CommonPasswords(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the deny-list " + RESOURCE, e);
        }
    }

    /** Loaded on first use, once. */
    private static final class Loaded {
        static final CommonPasswords LIST = load();
    }
}
