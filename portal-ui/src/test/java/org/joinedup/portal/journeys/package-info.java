/**
 * Journeys through the portal in a real headless Chromium: run with {@code -Pbrowser-journeys}.
 * The benchmarks that drive the same browser run only with {@code -Pbrowser-benchmarks}.
 */
package org.joinedup.portal.journeys;
