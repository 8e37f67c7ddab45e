/** UK conventions for time: one clock, the Europe/London zone and en-GB formats; and the switch for scheduled jobs. */
package org.joinedup.platform.time;
