/** Documents on a pathway's steps: uploaded, checked, kept with a checksum, versioned with the pathway and downloaded under access. */
package org.joinedup.pathway.documents;
