package io.briefing.snapshot;

import io.briefing.knowledge.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds which known actors a piece of text names, by name, slug or alias, longest names first so
 * "North Korean leader" is not also read as some shorter name inside it. Short all-capital aliases
 * ("US", "UN") match only as written, so "us" in "tell us" is not the United States.
 */
final class ActorMentions {

    /**
     * A name; {@code caseSensitive} is how it must be written ("US"; "North" of "the North"), or null;
     * {@code description} for a body's description in lower case ("the trust"), not a name ("the Kremlin").
     */
    private record Name(String normalized, String caseSensitive, ActorView actor, boolean description) {
    }

    private final List<Name> names = new ArrayList<>();

    ActorMentions(Collection<ActorView> actors) {
        for (ActorView actor : actors) {
            List<String> all = new ArrayList<>(actor.getAliases());
            all.add(actor.getName());
            for (String name : all) {
                String key = Names.normalize(name);
                if (key.isEmpty()) {
                    continue;
                }
                boolean shortCaps = name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT));
                names.add(new Name(key, shortCaps ? name.replace(".", "") : Names.capitalisedOrdinaryWords(name), actor,
                        key.startsWith("the ") && name.strip().equals(name.strip().toLowerCase(Locale.ROOT))));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.normalized().length()).reversed());
    }

    /**
     * The actors a sentence of an article names. A person is named only in an article that gives
     * their full name somewhere: "Okafor said she ..." in a story about a bushfire is not the data
     * company's Daniel Okafor, whom another article introduced. So too a body by a description
     * ("the trust").
     */
    List<ActorView> in(String text, ArticleView article) {
        StringBuilder masked = new StringBuilder(" " + Names.normalize(text) + " ");
        String plain = text.replace(".", "");
        Set<ActorView> found = new LinkedHashSet<>();
        for (Name name : names) {
            String needle = " " + name.normalized() + " ";
            int at = masked.indexOf(needle);
            if (at < 0 || (name.caseSensitive() != null && !Names.containsWord(plain, name.caseSensitive()))) {
                continue;
            }
            if (!name.actor().introducedIn(article) || name.description() && !name.actor().namedInFull(article)) {
                // "The trust has 900 members" in a story about a supporters' trust is not the hospital trust
                // that took "the trust" as its alias first: a description names a body only in its own story.
                continue;
            }
            found.add(name.actor());
            for (int i = at + 1; i < at + needle.length() - 1; i++) {
                masked.setCharAt(i, '#');
            }
        }
        return found.stream().sorted(Comparator.comparing(ActorView::getSlug)).toList();
    }
}
