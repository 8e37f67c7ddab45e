package org.joinedup.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/** The Lucene definitions of {@link SearchAnalyzers}; the only Lucene-specific search code. */
@Component("luceneAnalysisDefinitions")
public class LuceneAnalysisDefinitions implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(SearchAnalyzers.NAME_PREFIX).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "20");
        context.analyzer(SearchAnalyzers.TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(SearchAnalyzers.KEYWORD).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
