/** A pathway's diagram on a page: the SVG drawing with its steps as links, and the same diagram as text. */
package org.joinedup.portal.diagram;
