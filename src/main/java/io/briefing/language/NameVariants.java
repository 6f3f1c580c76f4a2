package io.briefing.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.briefing.knowledge.Names;

/**
 * Other names readers use for countries and international bodies: abbreviations ("NK", "ROK",
 * "EU") from a shipped list (`lexicon/name-variants.txt`, one group of equivalent names a line),
 * and, for countries and organisations, WordNet's synonyms and derived forms of the name's first
 * sense ("DPRK", "North Korean"). Only the first sense: "Russia"'s second sense is the Soviet Union.
 */
public final class NameVariants {

    static final String RESOURCE = "/lexicon/name-variants.txt";

    private static volatile NameVariants shared;

    private final Map<String, List<String>> groups = new HashMap<>();

    NameVariants(List<List<String>> lines) {
        for (List<String> group : lines) {
            for (String name : group) {
                groups.computeIfAbsent(Names.normalize(name), k -> new ArrayList<>()).addAll(group);
            }
        }
    }

    public static NameVariants shared() {
        NameVariants n = shared;
        if (n == null) {
            synchronized (NameVariants.class) {
                n = shared;
                if (n == null) {
                    n = new NameVariants(load());
                    shared = n;
                }
            }
        }
        return n;
    }

    /** Variants of an actor's name; {@code kind} is the actor kind (COUNTRY, ORGANIZATION, PERSON, ...). */
    public Set<String> variantsOf(String name, String kind) {
        Set<String> out = new LinkedHashSet<>(groups.getOrDefault(Names.normalize(name), List.of()));
        if (!"PERSON".equals(kind) && Character.isUpperCase(name.codePointAt(0)) && name.length() > 2) {
            WordNet.Related related = WordNet.shared().relatedFirstSense(name);
            out.addAll(related.synonyms());
            // Derived forms of a country are its demonyms ("North Korean"); of a body, its adjective.
            related.derived().stream().filter(d -> !d.equals(name.toLowerCase(java.util.Locale.ROOT))).forEach(out::add);
        }
        out.remove(name);
        return out;
    }

    private static List<List<String>> load() {
        List<List<String>> lines = new ArrayList<>();
        try (InputStream in = NameVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String name : line.split("\\|")) {
                    if (!name.isBlank()) {
                        group.add(name.strip());
                    }
                }
                lines.add(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
