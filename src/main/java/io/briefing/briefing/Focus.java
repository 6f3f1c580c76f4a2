package io.briefing.briefing;

import java.util.List;
import java.util.Set;

/**
 * One focus word of a question: its stem, and the words WordNet relates to it that the articles
 * contain, each as its stems with a weight below 1 (a synonym counts for more than a broader word).
 * {@code thing} is true for a noun (or a word WordNet does not know): a thing the question asks
 * about. A thing the articles never mention makes a question unanswerable; a missing verb or
 * adjective ("uneasy", "keeping") is only wording, unless it is the event a "when" or "how long"
 * question asks the time of ("When was the ferry sold?"). {@code modifier} is the noun before it in a
 * compound ("health" in "health secretary"), or null; {@code describedBy} the adjective right before
 * it ("foreign" in "foreign minister", "average" in "average salary"), or null.
 */
record Focus(String word, String stem, List<Relative> relatives, boolean thing, Focus modifier, Focus describedBy) {

    /**
     * The head of a compound ("secretary" in "health secretary") counts this much in an article that
     * never mentions its modifier: "Environment Secretary" is someone else.
     */
    static final double WITHOUT_MODIFIER = 0.5;

    /** A word found only in a neighbouring sentence of the paragraph counts this much. */
    static final double CONTEXT_SHARE = 0.5;

    /** A related word or phrase ("chief executive officer"), as stems, and how much it counts. */
    record Relative(List<String> stems, double weight) {

        /** A phrase is present when most of its words are (all of a one- or two-word phrase). */
        boolean in(Set<String> docStems) {
            return in((java.util.function.Predicate<String>) docStems::contains);
        }

        /** The same, for stems present wherever the caller looks ("chief executive officer" in an article that says "chief executive"). */
        boolean in(java.util.function.Predicate<String> present) {
            // A plain loop: called for every retrieved sentence, focus word and relative (a stream here
            // was a tenth of a cold briefing's time in a profile).
            int found = 0;
            for (int i = 0; i < stems.size(); i++) {
                if (present.test(stems.get(i))) {
                    found++;
                }
            }
            return stems.size() <= 2 ? found == stems.size() : found * 3 >= stems.size() * 2;
        }
    }

    /**
     * The stem and the stems of its derived forms that the stemmer cut differently, though they are
     * the same word ("commissioner" as "commission", "commission" as "commiss"): one is the other's
     * beginning.
     */
    List<String> variants() {
        List<String> out = new java.util.ArrayList<>(List.of(stem));
        for (Relative r : relatives) {
            if (r.stems().size() == 1 && r.weight() >= DERIVED_FORM) {
                String s = r.stems().get(0);
                if (!out.contains(s) && (s.startsWith(stem) || stem.startsWith(s)) && Math.min(s.length(), stem.length()) >= MIN_SHARED) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A derived form counts as the same word from this weight: first-sense derivations and synonyms (see QuestionReader). */
    private static final double DERIVED_FORM = 0.7;
    /** ... and when the shared beginning is this long: "commiss", not "man" for "manage". */
    private static final int MIN_SHARED = 5;

    /** How well a document covers this focus word, itself or, for less, through its neighbours. */
    double coveredBy(BriefingIndex.Doc doc) {
        return Math.max(coveredBy(doc.stems()), CONTEXT_SHARE * coveredBy(doc.context()));
    }

    /** How well a set of stems covers this focus word: 1 for the word itself, else its best relative. */
    double coveredBy(Set<String> docStems) {
        if (docStems.contains(stem) || stem.indexOf(' ') >= 0 && allIn(stem.split(" "), docStems)) {
            return 1;
        }
        double best = 0;
        for (Relative r : relatives) {
            if (r.weight() > best && r.in(docStems)) {
                best = r.weight();
            }
        }
        return best;
    }

    private static boolean allIn(String[] parts, Set<String> docStems) {
        for (String part : parts) {
            if (!docStems.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
