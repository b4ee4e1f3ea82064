package fr.ensemble.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * French analysis for Ensemble's indexes, as analyzer {@code ensemble_french}: elision (l', d', qu'...),
 * lower case, French stop words, accents folded, then Lucene's light French stemmer (lampadaires and
 * lampadaire, éteint and éteints meet). The integration-test distribution of Elasticsearch that the local stack
 * runs has no analysis-common module, hence this plugin; everything it uses is Lucene's own code.
 */
@NamedComponent("ensemble_french")
public class FrenchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
