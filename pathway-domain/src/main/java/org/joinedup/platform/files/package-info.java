/** Files and folders in the data folder that only the portal's own user may read. */
package org.joinedup.platform.files;
