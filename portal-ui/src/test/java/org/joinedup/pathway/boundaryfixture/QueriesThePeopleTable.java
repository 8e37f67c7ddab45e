package org.joinedup.pathway.boundaryfixture;

/** A deliberate breach: pathway code naming identity's entity in a query string, where the compiler cannot see it. */
public class QueriesThePeopleTable {

    public static final String NAMES = "select p.id, p.displayName from Person p where p.id in :ids";
}
