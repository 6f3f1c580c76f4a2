package io.briefing.knowledge;

import io.briefing.error.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a client's word names an actor or a topic: the one rule, used by the read model (the
 * knowledge snapshot, for queries, briefings and the reader's pages) and by editors' changes (over
 * the database), so a name that works in a query works in a mutation and the other way round.
 * <p>
 * The rule, kept from the read side because it accepts everything either side accepted before
 * (editors' changes took a slug or an exact alias; topics by slug only): an exact slug first; then,
 * case- and punctuation-insensitively ({@link Names#normalize}), the slug read as words
 * ("north korea"), the name, or an alias ("Pyongyang", "kim jong-un"). When two records share a
 * normalised name, the first in slug order wins (aliases in the order they were added).
 */
public final class NameLookup<T> {

    private final String kind;
    private final Map<String, T> bySlug = new LinkedHashMap<>();
    private final Map<String, T> byName = new LinkedHashMap<>();

    private NameLookup(String kind, List<T> items, Function<T, String> slug, Function<T, List<String>> names) {
        this.kind = kind;
        List<T> ordered = new ArrayList<>(items);
        ordered.sort(java.util.Comparator.comparing(slug));
        for (T item : ordered) {
            String s = slug.apply(item);
            bySlug.put(s, item);
            byName.putIfAbsent(Names.normalize(s.replace('-', ' ')), item);
            for (String name : names.apply(item)) {
                byName.putIfAbsent(Names.normalize(name), item);
            }
        }
    }

    /**
     * Actors by slug, name or alias.
     *
     * @param names each actor's name followed by its aliases
     */
    public static <T> NameLookup<T> actors(List<T> actors, Function<T, String> slug, Function<T, List<String>> names) {
        return new NameLookup<>("actor", actors, slug, names);
    }

    /** Topics by slug or name. */
    public static <T> NameLookup<T> topics(List<T> topics, Function<T, String> slug, Function<T, String> name) {
        return new NameLookup<>("topic", topics, slug, t -> List.of(name.apply(t)));
    }

    /** The record {@code slugOrName} names, if any. */
    public Optional<T> find(String slugOrName) {
        if (slugOrName == null) {
            return Optional.empty();
        }
        T exact = bySlug.get(slugOrName);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byName.get(Names.normalize(slugOrName)));
    }

    /** The record an argument names, or a client error ("not-found") listing the valid slugs. */
    public T require(String argument, String slugOrName) {
        return find(slugOrName).orElseThrow(() -> new NotFoundException("Unknown " + kind + " '" + slugOrName + "' in argument '"
                + argument + "'. " + ("actor".equals(kind) ? "Use a slug or alias; valid slugs: " : "Valid slugs: ")
                + String.join(", ", slugs())));
    }

    /** Every slug, in order. */
    public List<String> slugs() {
        return List.copyOf(bySlug.keySet());
    }
}
