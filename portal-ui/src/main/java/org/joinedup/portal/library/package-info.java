/** The pathway library: every published pathway a person may look up, with filters, and copying one to another locality. */
package org.joinedup.portal.library;
