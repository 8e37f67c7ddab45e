/**
 * Where the data lives: an embedded MariaDB by default, an external server when
 * {@code JOINEDUP_DB_URL} is set; either way the same Flyway migrations own the schema.
 */
package org.joinedup.platform.database;
