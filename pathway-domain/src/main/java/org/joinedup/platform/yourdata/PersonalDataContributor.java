package org.joinedup.platform.yourdata;

import java.util.Set;

/**
 * What one module holds about a person. Every module that stores anything about people
 * implements this once, as a Spring bean; the download of a person's data and the
 * closing of their account then cover that module without anyone listing it.
 * <p>
 * The portal calls both methods only for the signed-in person, inside its own
 * transaction; implementations are not services and are never reached with an id from
 * the browser. Beans are taken in {@link org.springframework.core.annotation.Order} order.
 */
public interface PersonalDataContributor {

    /**
     * Everything this module holds about the person, as plain values: text, numbers,
     * booleans, instants, and lists and maps of them. Never a password hash, a
     * second-factor secret or a recovery code.
     */
    PersonalDataSection export(long personId);

    /**
     * Erases or anonymises the person's data in this module as their account closes.
     * Every module's erasure runs in one transaction, so a refusal or failure anywhere
     * leaves everything as it was. What others still need (a post in a thread, a
     * sign-off) stays, attributed to the person's row, which is renamed "Former member".
     *
     * @throws ErasureRefusedException when the account cannot close yet; the message
     *                                 tells the person what to do first
     */
    void erase(long personId);

    /**
     * The database columns naming a person that this module answers for, as
     * {@code table.column} in lower case: {@link #export} includes what they hold about the
     * person and {@link #erase} decides what happens to it. A test reads the schema and
     * fails for any column that refers to a person and that no contributor lists.
     */
    Set<String> coveredColumns();
}
