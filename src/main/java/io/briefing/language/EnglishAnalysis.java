package io.briefing.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English text analysis shared by the search index and the question reader, all from Apache
 * Lucene: Unicode word tokenising, possessives dropped, lower case, the Snowball English stop-word
 * list (which includes the question words) and the Porter stemmer. Using one analyser on both
 * sides is what makes "weapons" in a question meet "weapons" in a sentence.
 */
public final class EnglishAnalysis {

    /** Lucene ships the Snowball stop lists with its analysers; this is the English one. */
    private static final String STOP_LIST = "/org/apache/lucene/analysis/snowball/english_stop.txt";

    private static final CharArraySet STOP_WORDS = loadStopWords();

    /** An acronym as written: two to six capital letters ("NAU", "KVHT"); kept whole, never stemmed. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,6}");

    /**
     * Per-thread reuse without thread references in the analysers (see ThreadLocalReuse): Quarkus
     * initialises this class while building the native image, so the analysers are in its heap.
     */
    static final ThreadLocalReuse REUSE = new ThreadLocalReuse();

    /** Index and query analyser: tokens, possessives, lower case, stop words, Porter stems. */
    private static final Analyzer STEMMING = new Analyzer(REUSE) {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            // An acronym is a name, not an English word: "UNS" must not stem to "un" (the U.N.), nor "NHS" to "nh".
            TokenStream stream = new PatternKeywordMarkerFilter(source, ACRONYM);
            stream = new EnglishPossessiveFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    /** Words as written (lower-cased, possessives dropped), stop words kept: for reading questions. */
    private static final Analyzer WORDS = new Analyzer(REUSE) {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
        }
    };

    /** A word of a text with its offsets in that text. */
    public record Token(String text, int start, int end) {
    }

    private EnglishAnalysis() {
    }

    public static Analyzer analyzer() {
        return STEMMING;
    }

    /** Texts up to this length (words and short phrases: question words, WordNet's relatives) are cached. */
    static final int CACHED_LENGTH = 48;
    private static final int CACHE_LIMIT = 16_384;
    /**
     * Stems of short texts. A cold briefing stems every WordNet relative of every focus word (often
     * dozens per word, the same ones question after question): in a profile of cold briefings this
     * was the largest cost of reading a question. Pure function of the text, so a cache cannot go
     * stale; cleared when full (about 2 MB at most).
     */
    private static final Map<String, List<String>> SHORT = new ConcurrentHashMap<>();

    /** The stems of a text's content words, in order (stop words removed). Read-only for short texts; do not modify. */
    public static List<String> stems(String text) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        if (text.length() > CACHED_LENGTH) {
            return analyse(text);
        }
        List<String> known = SHORT.get(text);
        if (known == null) {
            known = List.copyOf(analyse(text));
            if (SHORT.size() >= CACHE_LIMIT) {
                SHORT.clear();
            }
            SHORT.put(text, known);
        }
        return known;
    }

    private static List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = STEMMING.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stem of one word, or null for a stop word. */
    public static String stem(String word) {
        List<String> s = stems(word);
        return s.isEmpty() ? null : s.get(0);
    }

    /** Every word of a text, lower-cased, with offsets; stop words included. */
    public static List<Token> words(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream ts = WORDS.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether a word as written is an acronym ("NAU", "KVHT"), which the analyser keeps unstemmed. */
    public static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static CharArraySet loadStopWords() {
        try (InputStream in = EnglishAnalysis.class.getResourceAsStream(STOP_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's English stop list " + STOP_LIST + " is not on the class path");
            }
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
