/** Documents on pathway steps in the portal: the download endpoint outside Vaadin, links to it and the lists that show them. */
package org.joinedup.portal.documents;
