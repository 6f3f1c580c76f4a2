package io.briefing.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A plain English word list (SCOWL, shipped as {@value #RESOURCE}) used only to tell whether a
 * lower-case token is a word or two words run together by a scraper. Loaded on first use, not in a
 * static initialiser, so the native image does not embed a half-built set.
 */
public final class EnglishLexicon {

    public static final String RESOURCE = "lexicon/english-words.txt";

    private final Set<String> words;

    private EnglishLexicon(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    private static volatile EnglishLexicon shared;

    /** The list, read once per process (64,000 words: every analyser shares it). */
    public static EnglishLexicon shared() {
        EnglishLexicon l = shared;
        if (l == null) {
            synchronized (EnglishLexicon.class) {
                l = shared;
                if (l == null) {
                    l = load();
                    shared = l;
                }
            }
        }
        return l;
    }

    public static EnglishLexicon load() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            in = EnglishLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE
                    + " (it must also be listed in quarkus.native.resources.includes)");
        }
        Set<String> words = new HashSet<>(80_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    words.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        if (words.size() < 10_000) {
            throw new IllegalStateException(RESOURCE + " holds only " + words.size() + " words; it looks truncated");
        }
        return new EnglishLexicon(words);
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
