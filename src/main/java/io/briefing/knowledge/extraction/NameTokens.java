package io.briefing.knowledge.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one sentence as name recognition needs them: as written (case kept, so "Union" and
 * "union" differ), with their offsets, a possessive "'s" taken off and remembered, and the
 * punctuation between two words kept, so a name never runs across a comma or a parenthesis.
 */
final class NameTokens {

    /** A word: its text without a possessive, offsets of the whole token in the sentence, and what follows it up to the next word. */
    record Token(String text, int start, int end, boolean possessive, String gapAfter) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** "NAU", "U.N.": two to six capitals, dots allowed. */
        boolean acronym() {
            String letters = text.replace(".", "");
            return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
        }

        /** Nothing but spaces between this word and the next: they may belong to one name. */
        boolean joinedToNext() {
            return !gapAfter.isEmpty() && gapAfter.isBlank() && !gapAfter.contains("\n");
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&\\-]*(?:[.'’][\\p{L}\\p{N}&\\-]+)*(?:\\.(?=\\p{L}\\.)|['’.])?");

    private NameTokens() {
    }

    static List<Token> of(String sentence) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            String raw = sentence.substring(start, end);
            String text = raw;
            boolean possessive = false;
            if (text.endsWith("'s") || text.endsWith("’s")) {
                text = text.substring(0, text.length() - 2);
                possessive = true;
            } else if (text.endsWith(".") && text.indexOf('.') == text.length() - 1 && text.length() > 2) {
                text = text.substring(0, text.length() - 1); // a full stop, not an abbreviation such as "U.N."
            }
            String gap = i + 1 < spans.size() ? sentence.substring(end, spans.get(i + 1)[0]) : sentence.substring(end);
            if (raw.endsWith(".") && !text.endsWith(".")) {
                gap = "." + gap;
            }
            if (!text.isEmpty()) {
                tokens.add(new Token(text, start, end, possessive, gap));
            }
        }
        return tokens;
    }
}
