/**
 * The rows the pathway feature's rooms share (workspaces, members, stages, steps,
 * hand-overs, comments, proposals, sign-offs, versions, replaced drafts) with their
 * repositories, and the pieces every room calls: the workspace gate, the activity record,
 * notices, the representation rule and sign-off lapses. Only {@code org.joinedup.pathway}
 * may use it (ModuleBoundariesTest).
 */
package org.joinedup.pathway.internal;
