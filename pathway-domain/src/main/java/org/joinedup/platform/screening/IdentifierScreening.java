package org.joinedup.platform.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds what looks like a patient identifier in free text, so that services can refuse it
 * before saving: NHS numbers with a valid check digit, dates of birth (a date beside
 * "born" or "DOB"), phone numbers that could be a person's, postcodes beside a house
 * number or street, and e-mail addresses. It errs towards finding: the person is told what
 * and where, and can reword. Nothing it finds is logged, only its kind and position.
 * It reads no data and needs nobody signed in, so any module's service can call it.
 */
@Component
public class IdentifierScreening {

    private static final Logger log = LoggerFactory.getLogger(IdentifierScreening.class);
    /** Which finding stands where two overlap: an e-mail address may hold digits, a phone number a date. */
    private static final List<Function<String, List<Match>>> FINDERS_BY_PRIORITY = List.of(EmailAddresses::in,
            NhsNumbers::in, DatesOfBirth::in, PhoneNumbers::in, Postcodes::in);
    private static final int EXCERPT_CONTEXT = 20;
    private static final char MASK = '\u2022';

    /** Every likely identifier in the text, in the order they appear. */
    public List<IdentifierFinding> screen(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Match> kept = new ArrayList<>();
        for (Function<String, List<Match>> finder : FINDERS_BY_PRIORITY) {
            for (Match match : finder.apply(text)) {
                if (kept.stream().noneMatch(match::overlaps)) {
                    kept.add(match);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept.stream()
                .map(match -> new IdentifierFinding(match.kind(), match.start(), match.end(), excerpt(text, match, kept)))
                .toList();
    }

    /**
     * Screens each field and refuses the lot if any holds a likely identifier.
     *
     * @param subject     what is being saved, for the log ("step 12")
     * @param textByField each field's name and text, in the order a form shows them
     * @throws IdentifiersFoundException naming every field concerned and what was found there
     */
    public void requireNone(String subject, Map<String, String> textByField) {
        Map<String, List<IdentifierFinding>> found = new LinkedHashMap<>();
        textByField.forEach((field, text) -> {
            List<IdentifierFinding> findings = screen(text);
            if (!findings.isEmpty()) {
                found.put(field, findings);
            }
        });
        if (!found.isEmpty()) {
            log.info("Refused to save {}: likely patient identifiers in {}", subject, found.entrySet().stream()
                    .map(field -> field.getKey() + " " + field.getValue()).collect(Collectors.joining(", ")));
            throw new IdentifiersFoundException(found);
        }
    }

    /** The text around a finding, every finding in it masked, on one line. */
    private static String excerpt(String text, Match match, List<Match> all) {
        int from = Math.max(0, match.start() - EXCERPT_CONTEXT);
        int to = Math.min(text.length(), match.end() + EXCERPT_CONTEXT);
        StringBuilder excerpt = new StringBuilder(to - from + 2);
        if (from > 0) {
            excerpt.append('\u2026');
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int at = i;
            boolean hidden = Character.isLetterOrDigit(c) && all.stream().anyMatch(m -> m.start() <= at && at < m.end());
            excerpt.append(hidden ? MASK : Character.isWhitespace(c) ? ' ' : c);
        }
        if (to < text.length()) {
            excerpt.append('\u2026');
        }
        return excerpt.toString();
    }
}
