package io.briefing.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small, explicit English vocabulary the interpreter relies on: stop words, cue words that
 * signal a facet, a light stemmer and synonyms that bridge readers' words and the article's. It
 * knows nothing about particular questions; actors and topics come from the knowledge base.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "about",
            "as", "into", "onto", "over", "than", "then", "this", "that", "these", "those", "it", "its", "is", "are",
            "was", "were", "be", "been", "being", "do", "does", "did", "doing", "done", "have", "has", "had", "having",
            "what", "which", "who", "whom", "whose", "why", "how", "when", "where", "will", "would", "can", "could",
            "should", "shall", "may", "might", "must", "there", "here", "their", "they", "them", "he", "she", "his",
            "her", "him", "we", "us", "our", "you", "your", "i", "me", "my", "so", "if", "any", "some", "all", "also",
            "not", "no", "yes", "up", "out", "just", "very", "really", "s", "tell", "please", "know", "exactly",
            "much", "many", "more", "most", "other", "get", "got", "let", "say", "said", "says", "think",
            "thinks", "now", "still", "via", "per", "each", "only", "even", "own", "same", "such", "too");

    /** Cue words per facet, with weights: strong cues outvote the generic "why". */
    static final Map<BriefingFacet, Map<String, Integer>> CUES = Map.of(
            BriefingFacet.CONCERNS, weights(3, "worried", "worry", "worries", "worrying", "concern", "concerns",
                    "concerned", "fear", "fears", "afraid", "risk", "risks", "threat", "threats", "threaten",
                    "danger", "dangerous", "alarm", "alarmed", "anxious", "nervous", "uneasy", "challenge",
                    "problem", "problems", "bothers", "bother"),
            BriefingFacet.OFFERS, weights(3, "give", "gives", "giving", "offer", "offers", "offering", "provide",
                    "provides", "providing", "supply", "supplies", "supplying", "send", "sends", "sending", "deliver",
                    "delivers", "delivering", "contribute", "contributes", "bring", "brings", "sell", "sells",
                    "selling", "ship", "ships", "shipping"),
            BriefingFacet.MOTIVES, merge(weights(3, "want", "wants", "wanted", "wanting", "goal", "goals", "aim",
                    "aims", "seek", "seeks", "seeking", "hope", "hopes", "hoping", "gain", "gains", "gaining",
                    "motive", "motives", "motivation", "motivations", "objective", "objectives", "desire", "desires",
                    "ambition", "ambitions", "getting", "benefit", "benefits", "priority", "priorities", "intent",
                    "intention", "intentions", "need", "needs", "interests", "after", "purpose", "stake"),
                    weights(2, "get", "gets", "obtain", "acquire"),
                    weights(1, "why", "doing", "interest", "return", "reason", "reasons")),
            BriefingFacet.AGENDA, weights(3, "agenda", "discuss", "discussed", "discussing", "discussion",
                    "talks", "subjects", "itinerary", "schedule", "timeline", "trip", "visiting", "visit", "visits",
                    "anywhere", "where", "when", "next", "plans", "planned", "programme", "program", "summit",
                    "stop", "stops", "travel", "travelling", "traveling", "going"),
            BriefingFacet.EVIDENCE, merge(weights(3, "evidence", "proof", "prove", "figure", "figures", "number",
                    "numbers", "statistic", "statistics", "data", "say", "said", "says", "claim", "claims", "claimed",
                    "report", "reports", "reported", "confirm", "confirmed", "source", "sources", "quote", "quotes",
                    "according", "told", "state", "stated", "accuse", "accused", "estimate", "estimates"),
                    weights(4, "deny", "denies", "denied", "denial", "acknowledge", "acknowledges", "admit", "admits",
                            "true", "reliable", "verify", "verified"),
                    weights(1, "how", "many", "much", "amount", "count", "total", "tell", "know", "known", "which")),
            BriefingFacet.OVERVIEW, merge(weights(3, "overview", "summary", "summarize", "summarise", "background",
                    "explain", "happening", "happened", "brief", "briefing", "context", "situation"),
                    weights(1, "about", "relationship", "going")));

    /** Multi-word cues, matched on the normalised question. */
    static final Map<String, Map.Entry<BriefingFacet, Integer>> PHRASE_CUES = Map.of(
            "in it for", Map.entry(BriefingFacet.MOTIVES, 3),
            "in return", Map.entry(BriefingFacet.MOTIVES, 2),
            "out of this", Map.entry(BriefingFacet.MOTIVES, 2),
            "tell me about", Map.entry(BriefingFacet.OVERVIEW, 3),
            "what about", Map.entry(BriefingFacet.OVERVIEW, 2),
            "what happened", Map.entry(BriefingFacet.OVERVIEW, 3),
            "how many", Map.entry(BriefingFacet.EVIDENCE, 3),
            "how much", Map.entry(BriefingFacet.EVIDENCE, 3));

    /** Words that ask for figures: evidence with quantities ranks higher. */
    static final Set<String> NUMERIC_CUES = Set.of("figure", "figures", "number", "numbers", "how", "many", "much",
            "amount", "statistic", "statistics", "total", "count", "percent", "percentage", "worth", "value");

    /** Object markers: an actor named after one of these is the object, not the subject, of the question. */
    static final Set<String> OBJECT_MARKERS = Set.of("from", "to", "with", "against", "about", "for", "toward",
            "towards", "on", "of", "by", "into", "at", "over", "between");

    /** Readers' words mapped to the article's (stemmed on both sides). */
    static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("agenda", List.of("discuss", "issue")),
            Map.entry("subject", List.of("issue", "discuss")),
            Map.entry("topic", List.of("issue", "discuss")),
            Map.entry("talk", List.of("discuss")),
            Map.entry("trip", List.of("visit")),
            Map.entry("travel", List.of("visit")),
            Map.entry("visiting", List.of("visit")),
            Map.entry("elsewhere", List.of("visit")),
            Map.entry("else", List.of("elsewhere")),
            Map.entry("anywhere", List.of("visit", "elsewhere")),
            Map.entry("weapon", List.of("arm", "munition")),
            Map.entry("arm", List.of("weapon")),
            Map.entry("munition", List.of("ammunition", "shell")),
            Map.entry("ammo", List.of("ammunition", "shell")),
            Map.entry("ammunition", List.of("shell", "munition")),
            Map.entry("shipment", List.of("container", "transfer")),
            Map.entry("container", List.of("shipment")),
            Map.entry("sanction", List.of("embargo")),
            Map.entry("embargo", List.of("sanction")),
            Map.entry("trade", List.of("economic", "settlement")),
            Map.entry("economy", List.of("economic", "trade")),
            Map.entry("money", List.of("million", "trade")),
            Map.entry("defence", List.of("defense")),
            Map.entry("missile", List.of("ballistic")),
            Map.entry("satellite", List.of("reconnaissance", "space")),
            Map.entry("space", List.of("satellite", "cosmodrome")),
            Map.entry("nuke", List.of("nuclear")),
            Map.entry("deal", List.of("treaty", "partnership")),
            Map.entry("pact", List.of("treaty", "partnership")),
            Map.entry("alliance", List.of("treaty", "partnership")),
            Map.entry("food", List.of("wheat")),
            Map.entry("grain", List.of("wheat", "food")),
            Map.entry("aid", List.of("assistance", "help")),
            Map.entry("help", List.of("assistance", "aid")),
            Map.entry("failure", List.of("fail")),
            Map.entry("quality", List.of("failure")),
            Map.entry("un", List.of("u.n.", "united", "nation")));

    private static Map<String, Integer> weights(int weight, String... words) {
        Map<String, Integer> map = new java.util.HashMap<>();
        for (String w : words) {
            map.put(w, weight);
        }
        return map;
    }

    @SafeVarargs
    private static Map<String, Integer> merge(Map<String, Integer>... maps) {
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = maps.length - 1; i >= 0; i--) {
            map.putAll(maps[i]);
        }
        return Map.copyOf(map);
    }

    /** Lower-case word tokens; curly apostrophes folded and possessive "'s" dropped. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || (c == '.' && word.length() > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(word.charAt(word.length() - 1)))) {
                word.append(c);
            } else {
                if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == 's'
                        && (i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2)))) {
                    i++;
                }
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        return out;
    }

    /** A deliberately light stemmer: plural and common verb endings, enough to match "shells"/"shell". */
    static String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        if (word.endsWith("ied") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return trimDouble(word.substring(0, word.length() - 3));
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return trimDouble(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("es") && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String trimDouble(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        if (stem.endsWith("at") || stem.endsWith("iz") || stem.endsWith("us") || stem.endsWith("ov") || stem.endsWith("id")) {
            return stem + "e";
        }
        return stem;
    }
}
