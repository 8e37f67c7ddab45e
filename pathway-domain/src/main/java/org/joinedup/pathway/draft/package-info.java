/**
 * The working draft of a care pathway that several people edit at once: stages, steps
 * and hand-overs, their fields, snapshots of the whole draft, and the diff between two
 * snapshots that decides which care settings a change affects.
 */
package org.joinedup.pathway.draft;
