/** The pathway workspaces: the list, the live draft editor, members, proposals with sign-off, and published history. */
package org.joinedup.portal.workspaces;
