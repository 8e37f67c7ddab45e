/** Journeys through the portal in a real headless Chromium: run with {@code -Pbrowser-journeys}. */
package org.joinedup.portal.journeys;
