package io.briefing.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits raw article text into paragraphs (non-empty lines) and sentences, keeping exact offsets.
 * Nothing is normalised: offsets always index the stored text as it is.
 */
public final class TextSegmenter {

    /** Abbreviations whose full stop does not end a sentence ("U.S.", "Mr."). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "sen", "rep", "gov", "pres",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "vs", "etc", "inc", "corp", "ltd", "jr", "sr");
    private static final int MAX_HEADING_LENGTH = 90;
    private static final int MAX_HEADING_WORDS = 12;

    public List<Paragraph> paragraphs(String text) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i;
                if (end > lineStart && text.charAt(end - 1) == '\r') {
                    end--;
                }
                int start = lineStart;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    lines.add(new int[] {start, end});
                }
                lineStart = i + 1;
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>(lines.size());
        int sentenceIndex = 0;
        for (int p = 0; p < lines.size(); p++) {
            TextSpan span = new TextSpan(lines.get(p)[0], lines.get(p)[1]);
            String line = span.of(text);
            boolean placeholder = ArtifactDetector.isPlaceholderLine(line);
            boolean heading = !placeholder && p + 1 < lines.size() && looksLikeHeading(line);
            List<Sentence> sentences = new ArrayList<>();
            if (!placeholder) {
                for (TextSpan s : sentences(text, span)) {
                    sentences.add(new Sentence(sentenceIndex++, p, s));
                }
            }
            paragraphs.add(new Paragraph(p, span, heading, placeholder, List.copyOf(sentences)));
        }
        return List.copyOf(paragraphs);
    }

    /**
     * A heading is a short single-sentence line that does not end like body text: a question such
     * as "What does Russia want?", or a title without a final full stop.
     */
    static boolean looksLikeHeading(String line) {
        if (line.length() > MAX_HEADING_LENGTH || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        if (line.split("\\s+").length > MAX_HEADING_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == '!' || last == '"' || last == '”') {
            return false;
        }
        // One sentence only: no inner sentence end followed by more text.
        String inner = line.substring(0, line.length() - 1);
        return !inner.matches(".*[.?!]\\s+\\S.*");
    }

    List<TextSpan> sentences(String text, TextSpan paragraph) {
        List<TextSpan> result = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int after = i + 1;
            while (after < end && isCloser(text.charAt(after))) {
                after++;
            }
            if (after >= end) {
                break;
            }
            int next;
            if (Character.isWhitespace(text.charAt(after))) {
                next = after;
                while (next < end && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next >= end || !startsSentence(text.charAt(next)) || isAbbreviation(text, start, i)) {
                    continue;
                }
            } else if (gluedSentenceStart(text, i, after, end)) {
                next = after;
            } else {
                continue;
            }
            result.add(trimmed(text, start, after));
            start = next;
            i = next - 1;
        }
        if (start < end) {
            result.add(trimmed(text, start, end));
        }
        return result;
    }

    /** "relations.President": a scraper dropped the space, but a sentence still ends here. */
    private static boolean gluedSentenceStart(String text, int stop, int after, int end) {
        if (stop < 2 || !Character.isLowerCase(text.charAt(stop - 1)) || !Character.isLowerCase(text.charAt(stop - 2))) {
            return false;
        }
        int letters = 0;
        boolean capital = false;
        for (int j = after; j < end && Character.isLetter(text.charAt(j)); j++) {
            letters++;
            capital |= Character.isUpperCase(text.charAt(j));
        }
        return letters >= 2 && capital;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '(' || c == '$';
    }

    /** "U.S." (single capitals with stops) and listed abbreviations do not end sentences. */
    private static boolean isAbbreviation(String text, int paragraphStart, int stop) {
        int wordStart = stop;
        while (wordStart > paragraphStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return isAbbreviation(text.substring(wordStart, stop + 1));
    }

    /** Whether a word with its full stop is an abbreviation ("U.S.", "Dr."), not a word that ends a sentence ("Kiev."). */
    public static boolean isAbbreviation(String word) {
        if (word.matches("(\\p{Lu}\\.)+")) {
            return true;
        }
        String bare = word.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(bare);
    }

    private static TextSpan trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
