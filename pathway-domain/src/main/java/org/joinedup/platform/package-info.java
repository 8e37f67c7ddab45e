/**
 * What every feature stands on and none owns: the database, search, time, the audit
 * trail, the live collaboration bus, notifications, mail, safe Markdown, screening of
 * free text, secrets and the "your data" contract. Nothing here knows about pathways,
 * forums or QI.
 */
package org.joinedup.platform;
