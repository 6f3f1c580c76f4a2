package io.briefing.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises names for look-up: "Kim Jong-un", "kim jong un" and "KIM JONG UN" are one key; curly
 * apostrophes and possessives are folded so "Russia’s" matches "Russia".
 */
public final class Names {

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('’', '\'').replace('‘', '\'');
        s = s.replaceAll("'s\\b", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s;
    }

    /**
     * Whether {@code word} occurs in {@code text} as a whole word, case-sensitively: how short
     * capitalised aliases ("US", "UN") are matched, so that "us" in "tell us" is not the United States.
     */
    public static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** A slug made from a name: lower-case words joined by hyphens. */
    public static String slugify(String name) {
        return normalize(name).replace(' ', '-');
    }

    /**
     * The capitalised part of a name made only of ordinary words ("North" of "the North", "Union" of
     * "the Union"), or null for a name with a word of its own ("Pyongyang", "Kestrel Cloud") or with
     * none capitalised. A text names the actor by such a name only when it is written capitalised:
     * "to the north of the town" is no country.
     */
    public static String capitalisedOrdinaryWords(String name) {
        String[] words = name.trim().split("\\s+");
        int first = -1;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (first < 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                first = i;
            }
            if (!io.briefing.language.EnglishAnalysis.isStopWord(w.toLowerCase(Locale.ROOT))
                    && !io.briefing.language.WordNet.shared().isCommonWord(w)) {
                return null;
            }
        }
        return first < 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }
}
