package org.joinedup.identity.people;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people for administrators, a page at a time, by organisation, role, care setting
 * and status. Without search text everyone who matches is listed by name; with it the
 * search index matches words of the name (typed prefixes too) or the whole e-mail
 * address, best match first.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PeopleDirectory {

    /** Longest search text accepted; longer input is cut, not refused. */
    public static final int SEARCH_TEXT_MAX = 200;

    private final PeopleQueries queries;

    PeopleDirectory(PeopleQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<PersonDetails> find(PeopleFilter filter, int offset, int limit) {
        String text = normalise(filter.text());
        int size = Math.max(1, limit);
        List<Person> found = text.isEmpty()
                ? queries.list(filter, offset, size)
                : queries.search(text, filter, offset, size);
        return found.stream().map(PersonDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public long count(PeopleFilter filter) {
        String text = normalise(filter.text());
        return text.isEmpty() ? queries.count(filter) : queries.searchCount(text, filter);
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() > SEARCH_TEXT_MAX ? stripped.substring(0, SEARCH_TEXT_MAX) : stripped;
    }
}
