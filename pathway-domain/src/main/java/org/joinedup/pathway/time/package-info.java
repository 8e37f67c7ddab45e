/** UK conventions for time: one clock, the Europe/London zone and en-GB formats. */
package org.joinedup.pathway.time;
