/**
 * People, the organisations they belong to and the roles they hold. Entities and
 * repositories are package-private; other modules use the services and records here.
 */
package org.joinedup.identity.people;
