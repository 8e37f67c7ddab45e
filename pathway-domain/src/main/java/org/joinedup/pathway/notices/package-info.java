/** Urgent notices on a published pathway: drafted by a convenor, published with one agreement, shown as banners until they expire. */
package org.joinedup.pathway.notices;
