package org.claimdesk.search.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text is cut into terms, the same when indexing and when querying: words (Unicode's word boundaries) folded
 * with Claimdesk's one folding (ICU's UTR#30, as {@code base.TextFolding}: case, accents and letter forms
 * ignored, so "walesa" finds "Wałęsa"); keyword fields as one folded term.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** Words, folded. */
    static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream folded = new ICUFoldingFilter(words);
                return new TokenStreamComponents(words, folded);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }

    /** The whole value as one folded term. */
    static Analyzer keyword() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer whole = new KeywordTokenizer();
                return new TokenStreamComponents(whole, new ICUFoldingFilter(whole));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }

    /** Text fields analysed as words, keyword fields as one term each. */
    static Analyzer perField() {
        Analyzer keyword = keyword();
        Map<String, Analyzer> fields = new HashMap<>();
        Fields.KEYWORDS.forEach(f -> fields.put(f, keyword));
        return new PerFieldAnalyzerWrapper(text(), fields);
    }
}
