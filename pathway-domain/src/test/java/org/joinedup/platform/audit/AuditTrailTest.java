package org.joinedup.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Tampers with the trail, so it gets a database of its own for every test. */
@JoinedUpTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new TestActor(), null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void entries_name_the_signed_in_actor_and_read_back_newest_first() {
        record("role.granted", 7, "Granted QI lead");
        record("role.revoked", 7, "Revoked moderator");
        record("role.granted", 8, "Granted clinician");

        List<AuditRecord> history = trail.history("person", 7, 0, 10);

        assertThat(history).extracting(AuditRecord::details).containsExactly("Revoked moderator", "Granted QI lead");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(42L);
            assertThat(entry.actorName()).isEqualTo("Alex Morgan");
        });
        assertThat(trail.historySize("person", 7)).isEqualTo(2);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void an_edited_entry_is_found() {
        record("role.granted", 1, "first");
        record("role.granted", 1, "second");
        record("role.granted", 1, "third");
        long second = jdbc.queryForObject("select id from audit_entry where details = 'second'", Long.class);

        jdbc.update("update audit_entry set details = 'quietly changed' where id = ?", second);

        ChainCheck check = trail.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenId()).isEqualTo(second);
    }

    @Test
    void an_edited_entry_is_found_even_when_the_chain_after_it_is_rehashed_without_the_key() {
        record("role.granted", 1, "first");
        record("role.granted", 1, "second");
        record("role.granted", 1, "third");
        long second = jdbc.queryForObject("select id from audit_entry where details = 'second'", Long.class);

        jdbc.update("update audit_entry set details = 'quietly changed' where id = ?", second);
        PlainSha256Chain.rehashFrom(jdbc, second);

        ChainCheck check = trail.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenId()).isEqualTo(second);
    }

    @Test
    void a_deleted_entry_is_found_in_the_middle_or_at_the_end() {
        record("a", 1, "first");
        record("a", 1, "second");
        record("a", 1, "third");
        long third = jdbc.queryForObject("select id from audit_entry where details = 'third'", Long.class);

        jdbc.update("delete from audit_entry where details = 'second'");
        assertThat(trail.verify().firstBrokenId()).isEqualTo(third);

        jdbc.update("delete from audit_entry where id >= ?", third);
        ChainCheck check = trail.verify();
        assertThat(check.firstBrokenId()).isNull();
        assertThat(check.tailMissing()).isTrue();
        assertThat(check.intact()).isFalse();
    }

    @Test
    void twenty_writers_at_once_still_make_one_unbroken_chain() throws Exception {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int writer = i;
            writers.add(() -> {
                SecurityContextHolder.getContext().setAuthentication(authentication);
                for (int n = 0; n < 5; n++) {
                    record("concurrent", writer, "writer " + writer + " entry " + n);
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }

        ChainCheck check = trail.verify();
        assertThat(check.entriesChecked()).isEqualTo(100);
        assertThat(check.intact()).isTrue();
    }

    @Test
    void writing_outside_a_transaction_is_refused_and_reading_needs_an_administrator() {
        assertThatThrownBy(() -> trail.record("x", "person", 1, "no transaction"))
                .isInstanceOf(IllegalTransactionStateException.class);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList("ROLE_CLINICIAN")));
        assertThatThrownBy(() -> trail.verify()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.history("person", 1, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private void record(String action, long subject, String details) {
        transactions.executeWithoutResult(status -> trail.record(action, "person", subject, details));
    }

    private static final class TestActor implements AuditActor {
        @Override
        public long auditActorId() {
            return 42;
        }

        @Override
        public String auditActorName() {
            return "Alex Morgan";
        }
    }
}
