package org.joinedup.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every column of the real schema (all modules' migrations, on MariaDB) that names a person
 * is covered by some module's {@link PersonalDataContributor}, so a person's data download
 * and the closing of their account (decision 007) reach it. A column names a person when it
 * has a foreign key to {@code person.id}, or when its name says so and its type could hold
 * an id, a name or an address: {@code person_id}, {@code author_id} and the like,
 * {@code *_by}, an e-mail address or a person's name (a date "due by" names nobody).
 * A column the rule finds that does not hold a person of the portal is listed in
 * {@link #NOT_A_PERSON} with the reason.
 */
@JoinedUpTest
class PersonalDataCoverageTest {

    /** Words that, before {@code _id}, {@code _name} or {@code _email}, make a column refer to a person. */
    private static final String WHO = "person|people|author|actor|recipient|owner|user|member|sender|creator|editor"
            + "|reviewer|approver|signer|signatory|convenor|assignee|reporter|moderator|facilitator|requester|invitee"
            + "|attendee|participant|patient|clinician|staff";
    private static final Pattern NAMES_A_PERSON = Pattern.compile("(.*_)?(" + WHO + ")_(id|name|email)"
            + "|.*_by|(.*_)?e?mail(_address)?|display_name|real_name");

    /** Every column of every table (not view) in the portal's schema, as {@code table.column}. */
    private static final String COLUMNS = "select lower(concat(c.table_name, '.', c.column_name)) "
            + "from information_schema.columns c join information_schema.tables t "
            + "on t.table_schema = c.table_schema and t.table_name = c.table_name "
            + "where c.table_schema = database() and t.table_type = 'BASE TABLE'";

    /** Columns the rule finds that do not refer to a person of the portal, each with the reason. */
    private static final Map<String, String> NOT_A_PERSON = Map.of(
            "flyway_schema_history.installed_by", "the database account that ran the migration, not a person of the portal");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PersonalDataContributor> contributors;

    @Test
    void every_column_that_names_a_person_is_covered_by_a_personal_data_contributor() {
        Map<String, String> found = columnsNamingAPerson();
        Map<String, String> covered = coverage();

        Map<String, String> uncovered = new TreeMap<>(found);
        uncovered.keySet().removeAll(covered.keySet());
        uncovered.keySet().removeAll(NOT_A_PERSON.keySet());
        Map<String, String> stale = new TreeMap<>(covered);
        stale.keySet().removeAll(allColumns());
        List<String> staleExceptions = NOT_A_PERSON.keySet().stream().filter(column -> !found.containsKey(column))
                .sorted().toList();

        if (!uncovered.isEmpty() || !stale.isEmpty() || !staleExceptions.isEmpty()) {
            StringBuilder message = new StringBuilder("Personal data is not fully covered (decision 007).");
            if (!uncovered.isEmpty()) {
                message.append("\n\nThese columns name a person, but no PersonalDataContributor lists them in "
                        + "coveredColumns():\n");
                uncovered.forEach((column, why) -> message.append("  ").append(column).append("   (").append(why)
                        .append(")\n"));
                message.append("Add each to the coveredColumns() of the contributor of the module that owns the "
                        + "table (one per module; create it if the module has none):\n");
                uncovered.keySet().forEach(column -> message.append("  \"").append(column).append("\",\n"));
                message.append("and make its export() include what the column holds about the person and its "
                        + "erase() say what closing an account does to it. If a column does not refer to a person "
                        + "of the portal, add it to NOT_A_PERSON in ").append(getClass().getSimpleName())
                        .append(" with the reason.");
            }
            if (!stale.isEmpty()) {
                message.append("\n\nThese covered columns do not exist in the schema; remove them:\n");
                stale.forEach((column, contributor) -> message.append("  ").append(column).append(" from ")
                        .append(contributor).append(".coveredColumns()\n"));
            }
            if (!staleExceptions.isEmpty()) {
                message.append("\n\nRemove from NOT_A_PERSON, the rule no longer finds them: ")
                        .append(String.join(", ", staleExceptions));
            }
            fail(message.toString());
        }
    }

    @Test
    void the_rule_finds_columns_by_their_foreign_key_and_by_their_name() {
        Map<String, String> found = columnsNamingAPerson();

        assertThat(found).containsEntry("step_comment.author_id", "foreign key to person.id")
                .containsEntry("change_proposal.opened_by", "its name")
                .containsEntry("audit_entry.actor_name", "its name")
                .containsEntry("person.email", "its name")
                .doesNotContainKeys("workspace.condition_name", "person.id", "pathway_step.workspace_id",
                        "notification_digest_item.due_by");
    }

    /** Each column that names a person, as {@code table.column}, with why the rule found it. */
    private Map<String, String> columnsNamingAPerson() {
        Map<String, String> found = new TreeMap<>();
        jdbc.queryForList(COLUMNS + " and c.data_type not in ('date', 'datetime', 'timestamp', 'time', 'year')",
                        String.class).stream()
                .filter(column -> NAMES_A_PERSON.matcher(column.substring(column.indexOf('.') + 1)).matches())
                .forEach(column -> found.put(column, "its name"));
        jdbc.queryForList("select lower(concat(k.table_name, '.', k.column_name)) from information_schema.key_column_usage k "
                        + "where k.table_schema = database() and k.referenced_table_schema = database() "
                        + "and k.referenced_table_name = 'person' and k.referenced_column_name = 'id'", String.class)
                .forEach(column -> found.put(column, "foreign key to person.id"));
        return found;
    }

    private Set<String> allColumns() {
        return Set.copyOf(jdbc.queryForList(COLUMNS, String.class));
    }

    /** Each covered column with the contributor that covers it. */
    private Map<String, String> coverage() {
        return contributors.stream().flatMap(contributor -> contributor.coveredColumns().stream()
                        .map(column -> Map.entry(column.toLowerCase(Locale.ROOT),
                                AopUtils.getTargetClass(contributor).getSimpleName())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + ", " + b, TreeMap::new));
    }
}
