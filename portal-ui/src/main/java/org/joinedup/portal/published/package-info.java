/**
 * Published versions of a pathway to read away from the editor: the printable page with
 * every field and agreement, the patient-facing page, and the FHIR download.
 */
package org.joinedup.portal.published;
