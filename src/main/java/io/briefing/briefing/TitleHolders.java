package io.briefing.briefing;

import io.briefing.knowledge.Names;
import io.briefing.language.EnglishAnalysis;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.EvidenceView;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whose title a sentence gives. "Who is Russia's defense minister?" and "Who is the president of
 * the port authority?" ask for the holder of one body's title; a sentence that gives the same title
 * to someone else ("South Korean Defense Minister Shin Won-seok", "Morvanian President Ilias
 * Kormanos") does not answer them, however many of the question's words it shares.
 */
final class TitleHolders {

    /** How many words before a title may say whose it is: "South Korean Defense Minister", "Kessland's fisheries minister". */
    private static final int OWNER_BEFORE = 4;
    /** How many words either side of a title may name the body it is of: "president of the Calder Bay Students' Union". */
    private static final int BODY_REACH = 6;

    private TitleHolders() {
    }

    /** An actor's name and aliases. */
    static Stream<String> namesOf(ActorView a) {
        return Stream.concat(Stream.of(a.getName()), a.getAliases().stream());
    }

    /**
     * Whether the question asks for an actor's holder of a title ("Russia's defense minister") and
     * the sentence gives the title to another actor's: another actor's name stands in the few words
     * before the title, the asked one's does not.
     */
    static boolean ofAnotherActor(String question, List<ActorView> asked, EvidenceView e, String title) {
        List<ActorView> possessors = asked.stream().filter(a -> possessed(question, a)).toList();
        if (possessors.isEmpty()) {
            return false;
        }
        Matcher m = wordPattern(title).matcher(e.getCleanQuote());
        if (!m.find()) {
            return false; // the title in other words: nothing to compare
        }
        String[] words = e.getCleanQuote().substring(0, m.start()).trim().split("\\s+");
        String window = String.join(" ", Arrays.asList(words).subList(Math.max(0, words.length - OWNER_BEFORE), words.length));
        java.util.function.Predicate<ActorView> inWindow = a -> namesOf(a).anyMatch(n -> Names.containsWord(window, n));
        if (possessors.stream().anyMatch(inWindow)) {
            return false;
        }
        return e.getActors().stream().filter(a -> !possessors.contains(a) && !possessors.contains(a.getRepresents()))
                .anyMatch(inWindow);
    }

    /**
     * Whether the question asks for the holder of a title of some body ("the president of the port
     * authority") and the sentence gives the title with no word of that body near it ("Morvanian
     * President Ilias Kormanos ... in Port Halden"): someone else's president. A body that is an
     * actor is left to {@link #ofAnotherActor}: "Russian President Vladimir Putin" is Russia's.
     */
    static boolean ofAnotherBody(String question, List<ActorView> asked, EvidenceView e, String title) {
        Matcher body = Pattern.compile("(?i)\\b" + Pattern.quote(title)
                + "\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?([\\p{L}'’ -]+?)(?=[?.,!]|\\s+(?:in|at|on|for|who|that|which)\\b|$)").matcher(question);
        if (!body.find()) {
            return false;
        }
        List<String> bodyStems = EnglishAnalysis.stems(body.group(1));
        String bodyWords = body.group(1).toLowerCase(Locale.ROOT);
        if (bodyStems.isEmpty() || asked.stream().anyMatch(a -> namesOf(a).anyMatch(n -> bodyWords.contains(n.toLowerCase(Locale.ROOT))))) {
            return false;
        }
        String text = e.getCleanQuote();
        Matcher given = wordPattern(title).matcher(text);
        if (!given.find()) {
            return false; // the title in other words: nothing to compare
        }
        String[] words = text.split("\\s+");
        int at = text.substring(0, given.start()).split("\\s+").length - 1;
        String near = String.join(" ", Arrays.asList(words).subList(Math.max(0, at - BODY_REACH), Math.min(words.length, at + BODY_REACH + 1)));
        Set<String> nearStems = new HashSet<>(EnglishAnalysis.stems(near));
        // The body's last word is its head ("authority" of "port authority"); it must stand near the title.
        return !nearStems.contains(bodyStems.get(bodyStems.size() - 1));
    }

    /** Whether the question writes an actor as a possessor: "Russia's", "Kessland’s". */
    private static boolean possessed(String question, ActorView a) {
        return namesOf(a).anyMatch(n -> Pattern.compile("(?i)\\b" + Pattern.quote(n) + "['’]s\\b").matcher(question).find());
    }

    private static Pattern wordPattern(String word) {
        return Pattern.compile("(?i)\\b" + Pattern.quote(word));
    }
}
