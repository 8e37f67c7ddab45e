/** The pathway drawn as a diagram: stages, steps, decisions and hand-overs, with care settings as swim lanes. */
package org.joinedup.pathway.diagram;
