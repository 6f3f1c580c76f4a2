package io.briefing.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Irregular English forms and their base words ("met" / "meet", "given" / "give", "children" /
 * "child"), from WordNet's exception lists. A stemmer cannot join them ("met" stems to "met"), so
 * the index and the question reader add the base word beside the form.
 */
public final class Lemmas {

    private static final String[] LISTS = {"verb.exc", "noun.exc", "adj.exc"};
    private static final String DIRECTORY = "/net/sf/extjwnl/data/wordnet/wn31/";

    private static volatile Lemmas shared;

    private final Map<String, String> baseOf = new HashMap<>();

    private Lemmas() {
        for (String list : LISTS) {
            try (InputStream in = Lemmas.class.getResourceAsStream(DIRECTORY + list)) {
                if (in == null) {
                    throw new IllegalStateException("WordNet exception list " + DIRECTORY + list + " is not on the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    String[] parts = line.split(" ");
                    if (parts.length >= 2 && !parts[0].contains("_") && !parts[1].contains("_")) {
                        baseOf.putIfAbsent(parts[0], parts[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Lemmas shared() {
        Lemmas l = shared;
        if (l == null) {
            synchronized (Lemmas.class) {
                l = shared;
                if (l == null) {
                    l = new Lemmas();
                    shared = l;
                }
            }
        }
        return l;
    }

    /** The base word of an irregular form, or null when the word is not one. */
    public String baseOf(String word) {
        return baseOf.get(word.toLowerCase(Locale.ROOT));
    }

    /** The text followed by the base words of its irregular forms: "They met" becomes "They met meet". */
    public String withBaseForms(String text) {
        StringBuilder extra = new StringBuilder();
        for (EnglishAnalysis.Token t : EnglishAnalysis.words(text)) {
            String base = baseOf.get(t.text());
            if (base != null) {
                extra.append(' ').append(base);
            }
        }
        return extra.length() == 0 ? text : text + " |" + extra;
    }
}
