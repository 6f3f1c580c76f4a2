package io.briefing.briefing;

import io.briefing.language.EnglishAnalysis;
import java.util.Map;
import java.util.Set;

/**
 * The grammar of questions, not of any article: the words that say what kind of answer is wanted
 * (motive, offer, concern, overview) and the words that only frame a request ("tell me", "explain").
 * Matched by stem, so "worried", "worries" and "worry" are one cue. Everything a question is about
 * comes from the knowledge base and the articles, never from here.
 */
final class QuestionCues {

    private QuestionCues() {
    }

    static final Set<String> MOTIVE = stems("want", "goal", "aim", "seek", "hope", "gain", "motive", "motivation",
            "objective", "desire", "ambition", "benefit", "priority", "intent", "intention", "need", "interest",
            "purpose", "stake", "demand", "wish", "pursue", "after", "get");
    static final Set<String> OFFER = stems("give", "offer", "provide", "supply", "send", "deliver", "contribute",
            "bring", "sell", "ship", "propose", "pledge", "promise", "grant", "help");
    static final Set<String> CONCERN = stems("worry", "worried", "concern", "concerned", "fear", "afraid", "risk",
            "threat", "threaten", "danger", "alarm", "anxious", "nervous", "uneasy", "challenge", "problem", "bother",
            "warn", "trouble");
    static final Set<String> OVERVIEW = stems("overview", "summary", "summarize", "summarise", "background",
            "explain", "happening", "context", "situation", "brief", "briefing", "gist", "tl;dr", "tldr", "about", "recap",
            "rundown", "highlights");
    /** The wording of an overview question beyond its cues ("the key points on ...", "the main points of ..."). */
    static final Set<String> OVERVIEW_WORDING = union(OVERVIEW, stems("key", "main", "point", "points", "story"));

    /** Words that frame a request without saying what it is about. */
    static final Set<String> FRAMING = stems("tell", "explain", "describe", "give", "list", "show", "please", "know",
            "article", "articles", "report", "mention", "say", "said", "according", "detail", "details", "exactly",
            "actually", "really", "happen", "happened", "thing", "things", "kind", "sort", "also", "will", "can", "may",
            "might", "must", "shall", "just", "else", "anything", "something", "much", "many", "one", "lot", "like",
            "etc", "anyway", "still", "yet", "quick", "quickly", "briefly", "piece", "story", "news",
            // Indefinite pronouns stand for whoever or whatever the answer names: "Has anybody been hurt?"
            "anybody", "anyone", "somebody", "someone", "everybody", "everyone", "everything");

    /** Words by which the article's sentences state a motive of each kind: what retrieval looks for when nothing is curated. */
    static final Map<QuestionType, Set<String>> STATING = Map.of(
            QuestionType.MOTIVES, stems("want", "seek", "demand", "call", "push", "hope", "aim", "insist", "goal",
                    "need", "urge", "ask", "press", "priority", "interested", "wish", "plan"),
            QuestionType.OFFERS, stems("offer", "propose", "pledge", "promise", "provide", "give", "supply", "send",
                    "deliver", "support", "help", "grant", "fund"),
            QuestionType.CONCERNS, stems("fear", "worry", "concern", "warn", "threat", "threaten", "risk", "danger",
                    "alarm", "challenge", "afraid", "anxious", "question"));

    /**
     * Verbs that state a motive only with their particle: "calls for a freeze", "pushing hard for
     * talks", "called on the council to", "asked the city for"; not "would push more patients into
     * corridors" or "called the increase unfair".
     */
    private static final Map<String, java.util.regex.Pattern> WITH_PARTICLE = Map.of(
            "call", particle("call", "(?:for|on)"), "push", particle("push", "for"), "press", particle("press", "for"),
            "ask", particle("ask", "(?:for|to)"));

    private static java.util.regex.Pattern particle(String verb, String particle) {
        return java.util.regex.Pattern.compile("(?i)\\b" + verb + "(?:s|es|ed|ing)?\\b(?:\\s+[\\w'’-]+){0,3}?\\s+" + particle + "\\b");
    }

    /**
     * Whether a sentence containing a stating cue's stem states with it: with its particle, where it
     * needs one, and not only as a noun after a preposition ("flights carrying patients in urgent
     * need" states no one's need).
     */
    static boolean statesWith(String cueStem, String sentence) {
        java.util.regex.Pattern p = WITH_PARTICLE.get(cueStem);
        if (p != null && !p.matcher(sentence).find()) {
            return false;
        }
        java.util.regex.Matcher written = WRITTEN.computeIfAbsent(cueStem,
                c -> java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(c) + "\\p{L}*")).matcher(sentence);
        boolean found = false;
        while (written.find()) {
            if (!afterPreposition(sentence, written.start())) {
                return true;
            }
            found = true;
        }
        return !found; // the stemmer's cut not written as such: nothing to say against it
    }

    private static final Map<String, java.util.regex.Pattern> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "for", "with", "without", "on", "into", "under");

    /** Whether one of the two words before a position is a preposition: "in urgent need", "of help". */
    private static boolean afterPreposition(String sentence, int at) {
        String[] before = sentence.substring(0, at).trim().split("[^\\p{L}']+");
        int n = before.length;
        return n >= 1 && PREPOSITIONS.contains(before[n - 1].toLowerCase(java.util.Locale.ROOT))
                || n >= 2 && PREPOSITIONS.contains(before[n - 2].toLowerCase(java.util.Locale.ROOT));
    }

    /** The wording of a motive question: its cues and the verbs by which a motive is stated ("asking for", "pushing for"). */
    static final Set<String> MOTIVE_WORDING = union(MOTIVE, STATING.get(QuestionType.MOTIVES));

    static final Set<String> YES_NO_OPENERS = Set.of("is", "are", "was", "were", "does", "do", "did", "has", "have",
            "had", "can", "could", "will", "would", "should", "shall", "may", "might", "must", "isn't", "aren't",
            "wasn't", "doesn't", "didn't", "hasn't", "haven't");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return java.util.Collections.unmodifiableSet(all);
    }

    static Set<String> stems(String... words) {
        Map<String, String> out = new java.util.LinkedHashMap<>(); // in order: the search's clauses follow it
        for (String w : words) {
            for (String s : EnglishAnalysis.stems(w)) {
                out.put(s, w);
            }
            // Stop words such as "after" have no stem; keep them as written.
            if (EnglishAnalysis.stems(w).isEmpty()) {
                out.put(w, w);
            }
        }
        return java.util.Collections.unmodifiableSet(out.keySet());
    }

}
