/**
 * What changes for me: every version published since a chosen date, across the pathways a
 * person may read in the library, split into what it means for their care setting; the page's
 * remembered last visit and the weekly e-mail of the same for those who choose it.
 */
package org.joinedup.pathway.changes;
