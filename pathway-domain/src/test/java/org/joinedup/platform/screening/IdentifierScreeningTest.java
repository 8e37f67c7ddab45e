package org.joinedup.platform.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Screening against a table of real-format examples and near misses per kind
 * ({@code identifier-examples.csv}). Every row must come out right; the recall and the
 * false-positive rate per kind are printed at the end, with those of generated NHS numbers.
 */
class IdentifierScreeningTest {

    private static final IdentifierScreening screening = new IdentifierScreening();
    private static final Map<IdentifierKind, int[]> examples = new EnumMap<>(IdentifierKind.class);
    private static final Map<IdentifierKind, int[]> nearMisses = new EnumMap<>(IdentifierKind.class);

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvFileSource(resources = "identifier-examples.csv", delimiter = '|', numLinesToSkip = 1)
    void finds_each_example_and_nothing_in_each_near_miss(IdentifierKind kind, String flagged, String text, String found) {
        List<IdentifierFinding> findings = screening.screen(text);

        if (flagged.equals("yes")) {
            boolean hit = findings.size() == 1 && findings.getFirst().kind() == kind
                    && text.substring(findings.getFirst().start(), findings.getFirst().end()).equals(found);
            count(examples, kind, hit);
            assertThat(findings).as("what was found in \u201c%s\u201d", text).singleElement().satisfies(finding -> {
                assertThat(finding.kind()).isEqualTo(kind);
                assertThat(text.substring(finding.start(), finding.end())).isEqualTo(found);
            });
        } else {
            count(nearMisses, kind, !findings.isEmpty());
            assertThat(findings).as("what was found in \u201c%s\u201d", text).isEmpty();
        }
    }

    @Test
    void generated_nhs_numbers_are_found_in_every_format_only_with_a_valid_check_digit() {
        Random random = new Random(20261203);
        int valid = 0;
        int found = 0;
        int invalid = 0;
        int flagged = 0;
        String[] formats = {"%s %s %s", "%s%s%s", "%s-%s-%s"};
        while (valid < 3000 || invalid < 3000) {
            String digits = "%09d".formatted(random.nextInt(1_000_000_000)) + random.nextInt(10);
            String written = "NHS " + formats[random.nextInt(formats.length)]
                    .formatted(digits.substring(0, 3), digits.substring(3, 6), digits.substring(6)) + " on the letter";
            boolean nhsNumberFound = screening.screen(written).stream().anyMatch(f -> f.kind() == IdentifierKind.NHS_NUMBER);
            if (checkDigitHolds(digits)) {
                valid++;
                found += nhsNumberFound ? 1 : 0;
            } else {
                invalid++;
                flagged += nhsNumberFound ? 1 : 0;
            }
        }
        System.out.printf("Generated NHS numbers: %d of %d with a valid check digit found (recall %.1f%%), "
                + "%d of %d with an invalid one flagged (false positives %.1f%%)%n",
                found, valid, 100.0 * found / valid, flagged, invalid, 100.0 * flagged / invalid);
        assertThat(found).isEqualTo(valid);
        assertThat(flagged).isZero();
    }

    @Test
    void a_finding_says_what_and_where_counting_from_one_and_masks_what_was_found() {
        String text = "Seen today, NHS number 943 476 5919, with her daughter";

        IdentifierFinding finding = screening.screen(text).getFirst();

        assertThat(finding.describe()).isEqualTo("what looks like an NHS number at characters 24\u201335");
        assertThat(finding.maskedExcerpt()).isEqualTo("\u2026n today, NHS number \u2022\u2022\u2022 \u2022\u2022\u2022 "
                + "\u2022\u2022\u2022\u2022, with her daughter");
        assertThat(finding.toString()).doesNotContain("943").doesNotContain("5919");
    }

    @Test
    void an_address_over_several_lines_is_found_and_every_kind_in_one_text_is_reported_in_order() {
        String text = "Lives at 4 Mill Lane\nHarrogate\nHG1 1AA, phone 07700 900123, born 3/4/1958";

        assertThat(screening.screen(text)).extracting(IdentifierFinding::kind).containsExactly(
                IdentifierKind.POSTCODE_WITH_ADDRESS, IdentifierKind.PHONE_NUMBER, IdentifierKind.DATE_OF_BIRTH);
    }

    @Test
    void refusing_names_every_field_concerned_with_what_was_found_there() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Refer to renal");
        fields.put("description", "e.g. patient 943 476 5919");
        fields.put("links", "mailto:someone@example.com");

        assertThatThrownBy(() -> screening.requireNone("step 1", fields))
                .isInstanceOfSatisfying(IdentifiersFoundException.class, refused -> {
                    assertThat(refused.findingsByField()).containsOnlyKeys("description", "links");
                    assertThat(refused.field()).isEqualTo("description");
                    assertThat(refused.getMessage()).doesNotContain("5919").doesNotContain("someone")
                            .contains("what looks like an NHS number at characters 14\u201325 in description");
                    assertThat(IdentifiersFoundException.messageFor(refused.findingsByField().get("links")))
                            .isEqualTo("Remove what looks like an e-mail address at characters 8\u201326. "
                                    + "JoinedUp must not hold anything that could identify a patient.");
                });
    }

    @AfterAll
    static void printRecallAndFalsePositives() {
        System.out.println("kind                   examples  found  recall   near misses  flagged  false positives");
        for (IdentifierKind kind : IdentifierKind.values()) {
            int[] hits = examples.getOrDefault(kind, new int[2]);
            int[] misses = nearMisses.getOrDefault(kind, new int[2]);
            System.out.printf("%-22s %8d %6d %6.1f%% %13d %8d %14.1f%%%n", kind, hits[1], hits[0], percent(hits),
                    misses[1], misses[0], percent(misses));
        }
        examples.forEach((kind, hits) -> assertThat(percent(hits)).as("recall for %s", kind).isEqualTo(100.0));
        nearMisses.forEach((kind, misses) -> assertThat(misses[0]).as("false positives for %s", kind).isZero());
    }

    private static void count(Map<IdentifierKind, int[]> tally, IdentifierKind kind, boolean positive) {
        int[] counts = tally.computeIfAbsent(kind, k -> new int[2]);
        counts[0] += positive ? 1 : 0;
        counts[1]++;
    }

    private static double percent(int[] counts) {
        return counts[1] == 0 ? 0 : 100.0 * counts[0] / counts[1];
    }

    /** Written out again here, from the NHS's description, rather than calling the code under test. */
    private static boolean checkDigitHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(digits.charAt(i), 10) * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == Character.digit(digits.charAt(9), 10);
    }
}
