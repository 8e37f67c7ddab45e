/**
 * Screening free text for what looks like a patient identifier (NHS numbers, dates of
 * birth, phone numbers, addresses with postcodes, e-mail addresses), so services can refuse
 * it before it is saved: JoinedUp is a design space and must never hold patient data.
 */
package org.joinedup.platform.screening;
