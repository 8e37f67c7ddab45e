/** Comments on the steps of a draft: writing, resolving and listing them. */
package org.joinedup.pathway.comments;
