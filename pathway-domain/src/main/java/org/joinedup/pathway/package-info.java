/**
 * Pathway co-design: workspaces where the care settings of one locality agree a care
 * pathway, and the export of agreed pathways. Built on {@code org.joinedup.platform}
 * and {@code org.joinedup.identity}.
 */
package org.joinedup.pathway;
