/**
 * Who people are and how they sign in: people, organisations, roles and care settings,
 * accounts, registration, passwords and two-step sign-in. Features ask it for names and
 * settings through its public API.
 */
package org.joinedup.identity;
