package org.joinedup.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database whose trail was written before entries were sealed with the portal's key:
 * the upgrade re-seals it once, keeps every entry, and says in the trail what it found.
 */
@JoinedUpTest
@DirtiesContext
class AuditChainUpgradeTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    ResealUnderPortalKey reseal;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /** Each test starts from an empty trail, as a new database has. */
    @BeforeEach
    void emptyTrailAndAdministrator() {
        jdbc.update("delete from audit_entry");
        jdbc.update("update audit_chain_head set last_hash = ? where id = 1", ChainSeal.GENESIS);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void entries_hashed_before_the_key_are_resealed_kept_and_the_trail_says_the_old_chain_was_intact() throws Exception {
        writeBeforeTheUpgrade("first", "second", "third");
        List<String> before = jdbc.queryForList("select details from audit_entry order by id", String.class);
        assertThat(trail.verify().intact()).as("plain SHA-256 is not accepted as a seal").isFalse();

        upgrade();

        ChainCheck check = trail.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.entriesChecked()).isEqualTo(before.size() + 1);
        assertThat(jdbc.queryForList("select details from audit_entry order by id", String.class))
                .startsWith(before.toArray(String[]::new));
        assertThat(newestEntry()).startsWith("Re-sealed the " + before.size() + " entries written before")
                .contains("the SHA-256 chain was intact");
    }

    @Test
    void a_break_from_before_the_upgrade_is_written_into_the_resealing_entry() throws Exception {
        writeBeforeTheUpgrade("first", "second", "third");
        long second = jdbc.queryForObject("select id from audit_entry where details = 'second'", Long.class);
        jdbc.update("update audit_entry set details = 'quietly changed' where id = ?", second);

        upgrade();

        assertThat(trail.verify().intact()).isTrue();
        assertThat(newestEntry()).contains("the SHA-256 chain was already broken at entry " + second);
    }

    @Test
    void flyway_ran_it_once_at_start_up_and_a_database_with_no_entries_gets_none() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = ? and success = 1",
                Long.class, reseal.getVersion().getVersion())).isEqualTo(1);

        upgrade();

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isZero();
    }

    /** Entries written through the trail, then stored as the trail stored them before the upgrade. */
    private void writeBeforeTheUpgrade(String... details) {
        for (String detail : details) {
            transactions.executeWithoutResult(status -> trail.record("role.granted", "person", 7, detail));
        }
        PlainSha256Chain.rehashAll(jdbc);
    }

    /** What Flyway does with the migration: run it on a connection of its own, in one transaction. */
    private void upgrade() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            reseal.reseal(connection);
            connection.commit();
        }
    }

    private String newestEntry() {
        return jdbc.queryForObject("select details from audit_entry where action = ? order by id desc limit 1",
                String.class, ResealUnderPortalKey.ACTION);
    }
}
