/**
 * The draft's page history: who added, saved, moved or deleted each stage, step and
 * hand-over and when, compared field by field with the revision before, for the whole draft
 * or one item.
 */
package org.joinedup.pathway.history;
