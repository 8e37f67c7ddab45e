/**
 * Pathway co-design workspaces: a workspace, its members and their workspace roles, who
 * may do what there (the gate's permissions), its settings, and the overview of every
 * workspace a person can see. The pathway feature's other rooms build on it.
 */
package org.joinedup.pathway.workspace;
