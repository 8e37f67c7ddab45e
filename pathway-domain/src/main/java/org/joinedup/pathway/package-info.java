/**
 * The shared model every JoinedUp module builds on: people and organisations, the
 * database set-up and the search mapping. Each sub-package is one feature.
 */
package org.joinedup.pathway;
