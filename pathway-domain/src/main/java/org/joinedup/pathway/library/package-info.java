/**
 * The pathway library: the latest published version of every pathway a person may look up,
 * with filters, and starting a new workspace in another locality from a published version.
 */
package org.joinedup.pathway.library;
