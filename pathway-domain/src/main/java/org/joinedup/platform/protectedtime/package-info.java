/**
 * Protected time offered to a person for something they took part in: an event any module
 * publishes and the QI module's protected-time ledger will take into the person's ledger,
 * where they accept or decline it. The ledger is not built yet, so nothing listens today;
 * publishers do not depend on anyone listening (decision 040).
 */
package org.joinedup.platform.protectedtime;
