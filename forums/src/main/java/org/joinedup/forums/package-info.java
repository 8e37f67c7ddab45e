/**
 * Forums: threads where clinicians and patient partners talk, moderated, screened for patient
 * identifiers, and tied to pathway steps. Sub-features are packages whose root is their API;
 * rows they share sit in {@code internal}.
 */
package org.joinedup.forums;
