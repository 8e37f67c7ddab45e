/**
 * Full-text search: the analyzer names every mapping uses, their definitions for the
 * Lucene backend, and the start-up check that the index matches the database.
 */
package org.joinedup.platform.search;
