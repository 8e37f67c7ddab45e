package org.joinedup.pathway.changes;

import java.time.Instant;

import org.joinedup.identity.people.CareSetting;

/**
 * What the "What changes for me" page starts from.
 *
 * @param setting       the care setting on the person's account; null when it names none
 * @param previousVisit when they last opened the page before now; null the first time
 * @param since         where the list starts unless they choose a date: their previous visit,
 *                      or {@value WhatChangesForMe#FIRST_VISIT_DAYS} days ago the first time
 * @param weekly        whether they get the same by e-mail once a week
 */
public record ChangesPage(CareSetting setting, Instant previousVisit, Instant since, boolean weekly) {
}
