package org.joinedup.platform.search;

/**
 * Names of the analyzers that mappings refer to. Mappings name them only; their
 * definitions live in one configurer per backend, so moving from Lucene to OpenSearch
 * is a matter of configuration.
 */
public final class SearchAnalyzers {

    /** Names of people and organisations: split on words, lower case, accents folded. */
    public static final String NAME = "name";
    /** Prefix matching for "search as you type" on names. */
    public static final String NAME_PREFIX = "name_prefix";
    /**
     * Running text such as forum posts: split on words (emoji kept as words of their own),
     * lower case, accents folded, so "dwr" finds "dŵr". No stemming, so prefixes behave.
     */
    public static final String TEXT = "text";
    /** Normaliser for exact-match keywords such as e-mail addresses. */
    public static final String KEYWORD = "keyword_lowercase";

    private SearchAnalyzers() {
    }
}
