/** The administrators' list of organisations: adding, renaming and reclassifying them. */
package org.joinedup.portal.organisations;
