/** Bean Validation of the command records at the service boundary, refused as the one exception forms catch. */
package org.joinedup.platform.validation;
