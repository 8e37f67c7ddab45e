/** How urgent notices look wherever a pathway is read: banners on the published pages and the workspace. */
package org.joinedup.portal.notices;
