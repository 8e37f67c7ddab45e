package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.joinedup.pathway.internal.HandoverEntity;
import org.joinedup.pathway.internal.StepEntity;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The columns the migrations made, read from MariaDB, hold exactly what the field lists
 * allow: a one-line field's column is as long as the field's limit, and a longer field's
 * TEXT column has room for its limit in four-byte characters.
 */
@JoinedUpTest
class FieldColumnsTest {

    /** The most bytes one character takes in utf8mb4. */
    private static final int BYTES_PER_CHARACTER = 4;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest
    @EnumSource(StepField.class)
    void each_typed_field_of_a_step_has_a_column_as_long_as_its_limit(StepField field) {
        if (field.kind().typed()) {
            assertHolds(column(StepEntity.class, field.property()), field.kind(), field.limit());
        }
    }

    @ParameterizedTest
    @EnumSource(HandoverField.class)
    void each_field_of_a_hand_over_has_a_column_as_long_as_its_limit(HandoverField field) {
        assertHolds(column(HandoverEntity.class, field.property()), field.kind(), field.limit());
    }

    private void assertHolds(Map<String, Object> column, FieldKind kind, int limit) {
        if (kind == FieldKind.SHORT_TEXT) {
            assertThat(column.get("data_type")).as("type of %s", column).isEqualTo("varchar");
            assertThat(((Number) column.get("characters")).intValue()).as("length of %s", column).isEqualTo(limit);
        } else {
            assertThat(column.get("data_type")).as("type of %s", column).isEqualTo("text");
            assertThat(((Number) column.get("bytes")).longValue()).as("room in %s", column)
                    .isGreaterThanOrEqualTo((long) limit * BYTES_PER_CHARACTER);
        }
    }

    /** The column an entity maps a field to, as MariaDB describes it. */
    private Map<String, Object> column(Class<?> entity, String property) {
        AbstractEntityPersister persister = (AbstractEntityPersister) entityManagerFactory
                .unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(entity);
        String table = persister.getTableName();
        String name = persister.getPropertyColumnNames(property)[0];
        return jdbc.queryForMap("select table_name, column_name, lower(data_type) data_type, "
                + "character_maximum_length characters, character_octet_length bytes from information_schema.columns "
                + "where table_schema = database() and table_name = ? and column_name = ?", table, name);
    }
}
