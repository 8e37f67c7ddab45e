package org.joinedup.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rewrites the stored chain from one entry on as plain SHA-256 over the entry's fields,
 * straight in the database: how entries were hashed before the seal had a key, and what
 * anyone who can write to the database could compute without it. Written out here from
 * the stored columns rather than by calling the code under test.
 */
final class PlainSha256Chain {

    private PlainSha256Chain() {
    }

    static void rehashFrom(JdbcTemplate jdbc, long firstId) {
        String previous = jdbc.queryForObject("select previous_hash from audit_entry where id = ?", String.class, firstId);
        List<Object[]> rows = jdbc.query("select id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, "
                + "details from audit_entry where id >= ? order by id", (result, n) -> new Object[] {
                        result.getLong("id"), result.getObject("occurred_at", LocalDateTime.class),
                        result.getObject("actor_id", Long.class), result.getString("actor_name"),
                        result.getString("action"), result.getString("subject_type"), result.getLong("subject_id"),
                        result.getString("details")}, firstId);
        for (Object[] row : rows) {
            String canonical = String.join("\u001f", previous, ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC).toString(),
                    String.valueOf(row[2]), (String) row[3], (String) row[4], (String) row[5], row[6].toString(),
                    (String) row[7]);
            String hash = sha256(canonical);
            jdbc.update("update audit_entry set previous_hash = ?, entry_hash = ? where id = ?", previous, hash, row[0]);
            previous = hash;
        }
        jdbc.update("update audit_chain_head set last_hash = ? where id = 1", previous);
    }

    static void rehashAll(JdbcTemplate jdbc) {
        rehashFrom(jdbc, jdbc.queryForObject("select min(id) from audit_entry", Long.class));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
