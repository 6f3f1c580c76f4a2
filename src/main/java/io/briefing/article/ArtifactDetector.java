package io.briefing.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds scraping artifacts in raw article text without changing it. The same detector serves the
 * seed article and every ingested one, so a fused word is flagged the same way wherever it appears.
 *
 * <p>Three signals mark a token (a run of non-space characters) as damaged: a lower-case letter
 * followed by a capital inside a word ("MoscowOpened"), a full stop glued to the next word
 * ("relations.President"), and a lower-case token that is not an English word but splits into two
 * ("downand"): not in the word list nor in WordNet, and one of its halves a function word or an adverb.
 * Stand-alone placeholder lines ("advertise") are flagged whole.
 */
public final class ArtifactDetector {

    private static final Set<String> PLACEHOLDER_LINES = Set.of("advertise", "advertisement", "advertising");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Domain names and URLs look like glued sentences; they are not artifacts. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?://|www\\.|\\.(com|org|net|gov|edu|io|ru|kr|uk|int)\\b)");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{6,}(?!\\p{L})");

    private static final int MAX_RUN_ON_LENGTH = 30;

    private final EnglishLexicon lexicon;

    public ArtifactDetector(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<TextArtifact> detect(String text, List<Paragraph> paragraphs) {
        List<TextArtifact> found = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            TextSpan span = paragraph.span();
            if (paragraph.placeholder()) {
                found.add(new TextArtifact(ArtifactKind.PLACEHOLDER_LINE, span, span.of(text), ""));
                continue;
            }
            Matcher token = TOKEN.matcher(text).region(span.start(), span.end());
            while (token.find()) {
                inspectToken(text, token.start(), token.end(), found);
            }
        }
        return List.copyOf(found);
    }

    public static boolean isPlaceholderLine(String line) {
        return PLACEHOLDER_LINES.contains(line.strip().toLowerCase(Locale.ROOT));
    }

    private void inspectToken(String text, int tokenStart, int tokenEnd, List<TextArtifact> found) {
        // Trim punctuation around the token so the artifact spans the damaged word itself.
        int start = tokenStart;
        int end = tokenEnd;
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 4) {
            return;
        }
        String word = text.substring(start, end);
        if (WEB_ADDRESS.matcher(word).find()) {
            return;
        }
        TreeSet<Integer> breaks = new TreeSet<>();
        ArtifactKind kind = null;
        for (int i = 1; i < word.length(); i++) {
            char previous = word.charAt(i - 1);
            char current = word.charAt(i);
            if (isSentenceEnd(previous) && i >= 3 && Character.isLowerCase(word.charAt(i - 2))
                    && Character.isLetter(current) && followedByWord(word, i)) {
                breaks.add(i);
                kind = ArtifactKind.MISSING_SPACE;
            } else if (Character.isLowerCase(previous) && Character.isUpperCase(current) && lettersBefore(word, i) >= 3) {
                breaks.add(i);
                if (kind == null) {
                    kind = ArtifactKind.FUSED_WORDS;
                }
            }
        }
        Matcher lower = LOWER_WORD.matcher(word);
        while (lower.find()) {
            int split = runOnSplit(lower.group());
            if (split > 0) {
                breaks.add(lower.start() + split);
                if (kind == null) {
                    kind = ArtifactKind.RUN_ON_WORDS;
                }
            }
        }
        if (kind == null) {
            return;
        }
        StringBuilder reading = new StringBuilder(word.length() + breaks.size());
        int from = 0;
        for (int at : breaks) {
            reading.append(word, from, at).append(' ');
            from = at;
        }
        reading.append(word.substring(from));
        found.add(new TextArtifact(kind, new TextSpan(start, end), word, reading.toString()));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    private static boolean followedByWord(String word, int from) {
        int letters = 0;
        for (int i = from; i < word.length() && Character.isLetter(word.charAt(i)); i++) {
            letters++;
        }
        return letters >= 2;
    }

    private static int lettersBefore(String word, int at) {
        int count = 0;
        for (int i = at - 1; i >= 0 && Character.isLetter(word.charAt(i)); i--) {
            count++;
        }
        // "McDonald" and "MacArthur" are names, not fused words.
        String prefix = word.substring(at - count, at);
        return prefix.equals("Mc") || prefix.equals("Mac") ? 0 : count;
    }

    /**
     * Where a lower-case token that is not a word splits into two words (each at least two
     * letters, one at least three), or -1. "downand" splits at 4; "thousand" is a word.
     */
    int runOnSplit(String token) {
        // Longer lower-case runs are not two words fused by a link; trying every split would be quadratic.
        // The word list is American; WordNet also knows "centre", "seawall", "defence" (never "cent re").
        if (token.length() > MAX_RUN_ON_LENGTH || lexicon.contains(token) || isInflection(token)
                || io.briefing.language.WordNet.shared().knows(token)) {
            return -1;
        }
        for (int i = 2; i <= token.length() - 2; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if ((left.length() >= 3 || right.length() >= 3) && lexicon.contains(left) && lexicon.contains(right)
                    && !isInflection(left) && !right.equals("ed") && !right.equals("es")
                    && (linking(left) || linking(right))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a word is one a scraper glues to link text, not half of a compound: a function word
     * WordNet does not hold ("and", "against") or an adverb ("thereby"). Two content words together
     * ("floodwater", "bushfire", "headteacher") are a compound the word list lacks.
     */
    private static boolean linking(String word) {
        io.briefing.language.WordNet wordNet = io.briefing.language.WordNet.shared();
        return !wordNet.knows(word) || wordNet.isMainlyAdverb(word);
    }

    /** Word lists miss some regular inflections ("expanding"); do not call those run-ons. */
    private boolean isInflection(String token) {
        for (String suffix : new String[] {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "ment", "ments"}) {
            if (token.endsWith(suffix) && token.length() > suffix.length() + 2) {
                String stem = token.substring(0, token.length() - suffix.length());
                if (lexicon.contains(stem) || lexicon.contains(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }
}
