package org.joinedup.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Once, at the upgrade that introduced keyed seals: re-seals the entries written before it,
 * whose hashes were plain SHA-256, under the portal's key, and records that it did so in
 * the trail itself. Until then anyone able to write to the database could have edited an
 * entry and recomputed the hashes after it; from then on they cannot. The old chain is
 * checked first and what the check found is written into the re-sealing entry (a
 * break found here happened before the upgrade, and re-sealing cannot undo it). It runs
 * in Flyway's transaction, before the portal serves anyone; the Java migration needs the
 * key, which plain SQL does not have. See decision 022.
 */
@Component
class ResealUnderPortalKey implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ResealUnderPortalKey.class);
    static final String ACTION = "audit.resealed";
    private static final int BATCH = 500;

    private final ChainSeal seal;
    private final Clock clock;

    ResealUnderPortalKey(ChainSeal seal, Clock clock) {
        this.seal = seal;
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2026.12.03.60");
    }

    @Override
    public String getDescription() {
        return "reseal audit chain under the portal key";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        reseal(context.getConnection());
    }

    void reseal(Connection connection) throws SQLException {
        String legacyHead = head(connection);
        String legacyPrevious = ChainSeal.GENESIS;
        String sealedPrevious = ChainSeal.GENESIS;
        Long firstLegacyBreak = null;
        long count = 0;
        long lastId = 0;
        List<Row> batch;
        do {
            batch = rowsAfter(connection, lastId);
            try (PreparedStatement update = connection.prepareStatement(
                    "update audit_entry set previous_hash = ?, entry_hash = ? where id = ?")) {
                for (Row row : batch) {
                    if (firstLegacyBreak == null && (!row.previousHash().equals(legacyPrevious)
                            || !sha256(row.canonical(row.previousHash())).equals(row.entryHash()))) {
                        firstLegacyBreak = row.id();
                    }
                    legacyPrevious = row.entryHash();
                    String sealed = row.sealWith(seal, sealedPrevious);
                    update.setString(1, sealedPrevious);
                    update.setString(2, sealed);
                    update.setLong(3, row.id());
                    update.addBatch();
                    sealedPrevious = sealed;
                    lastId = row.id();
                    count++;
                }
                update.executeBatch();
            }
        } while (batch.size() == BATCH);
        if (count == 0) {
            return;
        }
        boolean tailMissing = !legacyPrevious.equals(legacyHead);
        String finding = firstLegacyBreak != null ? "the SHA-256 chain was already broken at entry " + firstLegacyBreak
                : tailMissing ? "the SHA-256 chain ended before the hash last written, so its newest entries were missing"
                : "the SHA-256 chain was intact";
        if (firstLegacyBreak != null || tailMissing) {
            log.warn("Re-sealing the audit trail: {}", finding);
        }
        appendResealEntry(connection, sealedPrevious, "Re-sealed the " + count + " entries written before the audit "
                + "trail was sealed with the portal's key (HMAC-SHA-256); before re-sealing, " + finding
                + ", and the hash last written was " + legacyHead + ".");
        log.info("Re-sealed {} audit entries under the portal's key", count);
    }

    private static List<Row> rowsAfter(Connection connection, long lastId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, occurred_at, actor_id, actor_name, action, "
                + "subject_type, subject_id, details, previous_hash, entry_hash from audit_entry where id > ? order by id limit "
                + BATCH)) {
            select.setLong(1, lastId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong("id"),
                            result.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            result.getObject("actor_id", Long.class), result.getString("actor_name"), result.getString("action"),
                            result.getString("subject_type"), result.getLong("subject_id"), result.getString("details"),
                            result.getString("previous_hash"), result.getString("entry_hash")));
                }
            }
            return rows;
        }
    }

    private static String head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select last_hash from audit_chain_head where id = 1 for update");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    private void appendResealEntry(Connection connection, String previous, String details) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String sealed = seal.seal(previous, now, null, "system", ACTION, "audit", 0, details);
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (occurred_at, actor_id, "
                + "actor_name, action, subject_type, subject_id, details, previous_hash, entry_hash) "
                + "values (?, null, 'system', ?, 'audit', 0, ?, ?, ?)")) {
            insert.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setString(2, ACTION);
            insert.setString(3, details);
            insert.setString(4, previous);
            insert.setString(5, sealed);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("update audit_chain_head set last_hash = ? where id = 1")) {
            update.setString(1, sealed);
            update.executeUpdate();
        }
    }

    /** How entries were hashed before the seal had a key. */
    private static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private record Row(long id, Instant occurredAt, Long actorId, String actorName, String action, String subjectType,
            long subjectId, String details, String previousHash, String entryHash) {

        String canonical(String previous) {
            return ChainSeal.canonical(previous, occurredAt, actorId, actorName, action, subjectType, subjectId, details);
        }

        String sealWith(ChainSeal seal, String previous) {
            return seal.seal(previous, occurredAt, actorId, actorName, action, subjectType, subjectId, details);
        }
    }
}
