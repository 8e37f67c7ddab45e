/**
 * Pathway co-design workspaces: members and their workspace roles, the working draft of
 * a care pathway that several people edit at once, change proposals that every affected
 * care setting signs off, and the immutable published versions.
 */
package org.joinedup.pathway.workspace;
