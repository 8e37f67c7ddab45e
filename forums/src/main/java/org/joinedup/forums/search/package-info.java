/**
 * Searching forum posts: {@link org.joinedup.forums.search.ForumSearch} finds posts by words,
 * author and pathway among the forums the signed-in person may read.
 */
package org.joinedup.forums.search;
