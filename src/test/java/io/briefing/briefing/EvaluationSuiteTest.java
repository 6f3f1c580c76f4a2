package io.briefing.briefing;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.GraphQL.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The briefing evaluation suite (src/test/resources/eval): questions written from the articles by
 * a reader who never saw the engine, each listing the verbatim phrases a correct answer contains.
 * The seed article is asked 64 development questions and 30 held-out ones; forty-one articles on
 * other subjects (eighteen of them held out) are ingested through the mutation first, as a user would,
 * so every question is answered with all forty-two articles in the service. Every question is asked
 * twice: as a reader asks the service (the figures issue 8's targets are about), and again within
 * its own article (the `article` argument), which shows what is lost to other stories' sentences.
 * Prints the tables the README shows, with the targets, and fails below floors set just under the
 * measured figures.
 */
@QuarkusTest
public class EvaluationSuiteTest {

    static final String[] SETS = {"seed-dev", "seed-holdout", "skarvik-air-pilots-strike", "valle-seco-lithium-water-dispute",
            "kelmarsh-hospital-inspection-waiting-lists", "kessland-morvania-mackerel-dispute", "larkspur-data-center-vote",
            "calder-bay-university-rent-strike", "pellmark-northern-arrow-rail-delay", "veridane-cardolin-drug-recall",
            "tallowood-fire-insurer-retreat", "porto-vesca-cruise-ship-ban", "carrow-valley-bus-driver-shortage",
            "hollin-vale-bank-data-breach", "orvane-river-water-sharing-talks", "dunmoor-athletic-stadium-move",
            "montaraz-eruption-airport-closure", "van-rooden-cocoa-price-rise", "port-haldane-automated-cranes-protest",
            "ashcombe-museum-bronzes-return", "corrowick-ride-hailing-licence-suspension",
            "thornbridge-hospital-ransomware-operations", "aldermoor-library-closures-vote",
            "ostervald-bird-flu-poultry-cull", "tarbeck-sound-ferry-collision-inquiry",
            "pell-creek-school-four-day-week", "tessford-river-chemical-spill",
            "brannock-sallow-bridge-cracks-closure", "ardmore-exam-board-marking-errors",
            "ennisdale-wind-farm-fishermen-dispute", "marosa-heatwave-rolling-blackouts",
            "drellin-nurses-overtime-ban", "orrin-falls-copper-mine-closure",
            "calloway-motorway-toll-rise", "fenmark-post-delivery-cuts",
            "corrigan-peaks-landslide-trail-closures", "quillon-software-layoffs-failed-merger",
            "wyndarra-prison-plan-opposition", "serravela-holiday-lets-ban",
            "haldis-voss-sprinter-doping-ban", "marrenby-ship-canal-lock-gate-closure",
            "parrion-mobile-network-outage", "glenmarra-dam-seepage-evacuation-warning"};
    /** Sets kept out of tuning: their misses are never printed (see eval/README.md). */
    static final Set<String> HELD_OUT = Set.of("seed-holdout", "calder-bay-university-rent-strike", "pellmark-northern-arrow-rail-delay",
            "veridane-cardolin-drug-recall", "tallowood-fire-insurer-retreat", "van-rooden-cocoa-price-rise",
            "port-haldane-automated-cranes-protest", "thornbridge-hospital-ransomware-operations", "aldermoor-library-closures-vote",
            "pell-creek-school-four-day-week", "tessford-river-chemical-spill", "ennisdale-wind-farm-fishermen-dispute",
            "marosa-heatwave-rolling-blackouts", "calloway-motorway-toll-rise", "fenmark-post-delivery-cuts",
            "wyndarra-prison-plan-opposition", "serravela-holiday-lets-ban",
            "parrion-mobile-network-outage", "glenmarra-dam-seepage-evacuation-warning");

    /** Issue 8's targets: printed beside the figures; not yet met (see README, "How well it answers"). */
    static final double RECALL_TARGET = 0.90;
    static final double HEADLINE_TARGET = 0.80;
    static final double NONE_TARGET = 0.90;
    /**
     * Floors just under the measured figures: a change that makes briefings worse fails the build. (They
     * were lowered on 2026-11-28 when two held-out sets answered at 0.46 recall joined the suite, and on
     * 2026-11-29 when the eighth and ninth rounds' unanswerable questions, first answered NONE 3 and 5
     * times in 8, joined it (measured then: 0.677, 0.567, 73 of 96); later that day when the tenth
     * and eleventh rounds' four articles, first answered at 0.41 to 0.79 recall and 0.17 to 0.42 in the
     * headline, joined it (measured then: 0.661, 0.537, 84 of 112); and when the twelfth and
     * thirteenth rounds' four articles, whose unanswerable questions were first answered NONE 7 times
     * in 16, joined it (measured at the end of that round: 0.67, 0.54, 94 of 128); and when the
     * fourteenth and fifteenth rounds' four articles, first answered at 0.52 to 0.71 recall and NONE 8
     * times in 16, joined it (measured then: 0.65, 0.52, 102 of 144; at the end of that round 103); and
     * when the sixteenth and seventeenth rounds' four articles, first answered at 0.05 to 0.50 recall
     * and NONE 5 times in 16, joined it (measured at the end of that round: 0.614, 0.487, 107 of 160);
     * and when the eighteenth and nineteenth rounds' four articles, first answered at 0.26 to 0.59
     * recall and NONE 5 times in 16, joined it (measured at the end of that round: 0.602, 0.472, 110 of 176).)
     */
    static final double RECALL_FLOOR = 0.60;
    static final double HEADLINE_FLOOR = 0.47;
    static final double NONE_FLOOR = 0.62;
    /** The same floors for the questions asked within their own article (measured: 0.692, 0.539, 125 of 176). */
    static final double WITHIN_RECALL_FLOOR = 0.69;
    static final double WITHIN_HEADLINE_FLOOR = 0.53;
    static final double WITHIN_NONE_FLOOR = 0.71;

    private static final String BRIEFING = """
            query($q: String, $a: String) { briefing(question: $q, article: $a) {
              headline coverage markdown
              interpretation { questionType }
              points { evidence { quote start end article { slug text } } }
              caveats { evidence { quote start end article { slug text } } } } }""";

    private static final String INGEST = """
            mutation($i: ArticleInput!) { ingestArticle(input: $i) { created article { slug } } }""";

    /** Figures for one question set. */
    static final class Score {
        final String set;
        int answerable;
        int keyFacts;
        int keyFactsFound;
        int headlineHits;
        int unanswerable;
        int unanswerableNone;
        int quotes;
        int exactQuotes;
        int errors;
        final List<String> misses = new ArrayList<>();

        Score(String set) {
            this.set = set;
        }

        double recall() {
            return keyFacts == 0 ? 1 : (double) keyFactsFound / keyFacts;
        }

        double headline() {
            return answerable == 0 ? 1 : (double) headlineHits / answerable;
        }

        double none() {
            return unanswerable == 0 ? 1 : (double) unanswerableNone / unanswerable;
        }

        void add(Score other) {
            answerable += other.answerable;
            keyFacts += other.keyFacts;
            keyFactsFound += other.keyFactsFound;
            headlineHits += other.headlineHits;
            unanswerable += other.unanswerable;
            unanswerableNone += other.unanswerableNone;
            quotes += other.quotes;
            exactQuotes += other.exactQuotes;
            errors += other.errors;
        }

        String row() {
            return String.format(Locale.ROOT, "| %-34s | %3d | %5.2f | %5.2f | %2d/%-2d | %4d/%-4d | %d |", set,
                    answerable + unanswerable, recall(), headline(), unanswerableNone, unanswerable, exactQuotes, quotes, errors);
        }
    }

    @Test
    void briefingsMeetTheTargets() throws IOException {
        ObjectMapper json = new ObjectMapper();
        // Ingest first: seed questions are answered with every article in the service, as in use.
        Map<String, String> slugs = new LinkedHashMap<>();
        for (String set : SETS) {
            JsonNode file = json.readTree(resource("eval/" + set + ".json"));
            slugs.put(set, file.has("title") ? ingest(file) : file.get("article").asText());
        }
        Score all = score(json, slugs, false, "\n| set | questions | key-fact recall | core answer in headline | unanswerable NONE | quotes exact | errors |\n");
        Score within = score(json, slugs, true, "\nAsked within its own article (argument `article`):\n"
                + "| set | questions | key-fact recall | core answer in headline | unanswerable NONE | quotes exact, from that article | errors |\n");
        System.out.printf(Locale.ROOT, "targets: recall %.2f (%s), headline %.2f (%s), NONE %.2f (%s)%n",
                RECALL_TARGET, all.recall() >= RECALL_TARGET ? "met" : "not met", HEADLINE_TARGET,
                all.headline() >= HEADLINE_TARGET ? "met" : "not met", NONE_TARGET, all.none() >= NONE_TARGET ? "met" : "not met");

        if (System.getProperty("eval.only") != null && !System.getProperty("eval.only").isBlank()) {
            return;
        }
        for (Score s : List.of(all, within)) {
            assertThat(s.errors).as(s.set + ": errors").isZero();
            assertThat(s.exactQuotes).as(s.set + ": every cited quote exact (and, within an article, from it)").isEqualTo(s.quotes);
        }
        assertThat(all.recall()).as("key-fact recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(all.headline()).as("core answer in headline").isGreaterThanOrEqualTo(HEADLINE_FLOOR);
        assertThat(all.none()).as("unanswerable questions answered NONE").isGreaterThanOrEqualTo(NONE_FLOOR);
        assertThat(within.recall()).as("key-fact recall within the article").isGreaterThanOrEqualTo(WITHIN_RECALL_FLOOR);
        assertThat(within.headline()).as("core answer in headline within the article").isGreaterThanOrEqualTo(WITHIN_HEADLINE_FLOOR);
        assertThat(within.none()).as("unanswerable questions NONE within the article").isGreaterThanOrEqualTo(WITHIN_NONE_FLOOR);
    }

    /** Asks every set's questions (each within its own article, or of all of them) and prints the table; returns the totals. */
    private static Score score(ObjectMapper json, Map<String, String> slugs, boolean withinArticle, String heading) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String set : SETS) {
            JsonNode file = json.readTree(resource("eval/" + set + ".json"));
            Score score = new Score(set);
            for (JsonNode q : file.get("questions")) {
                // -Deval.only=<words> asks only the questions that contain them (for looking into one answer).
                String only = System.getProperty("eval.only");
                if (only == null || only.isBlank() || q.get("question").asText().contains(only)) {
                    ask(q, withinArticle ? slugs.get(set) : null, score);
                }
            }
            scores.put(set, score);
        }
        Score all = new Score(withinArticle ? "all, within the article" : "all");
        scores.values().forEach(all::add);
        StringBuilder table = new StringBuilder(heading).append("|---|---|---|---|---|---|---|\n");
        scores.values().forEach(s -> table.append(s.row()).append('\n'));
        table.append(all.row()).append('\n');
        // The held-out sets' misses are not printed: they measure generalisation and are not read while tuning.
        String mode = withinArticle ? " (within)" : "";
        scores.values().stream().filter(s -> !HELD_OUT.contains(s.set))
                .forEach(s -> s.misses.forEach(m -> table.append("  miss ").append(s.set).append(mode).append(": ").append(m).append('\n')));
        System.out.println(table);
        return all;
    }

    /** Ingests a set's article as an editor would; returns its slug. */
    private static String ingest(JsonNode file) throws IOException {
        String raw = new String(resource("eval/articles/" + file.get("article").asText() + ".txt").readAllBytes(), StandardCharsets.UTF_8);
        // The file's first line is the headline; the article text is what follows it.
        String text = raw.substring(raw.indexOf("\n\n") + 2);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", file.get("title").asText());
        input.put("text", text);
        input.put("source", file.get("source").asText());
        input.put("publishedOn", file.get("publishedOn").asText());
        return asEditor(INGEST, Map.of("i", input)).getString("data.ingestArticle.article.slug");
    }

    /** Asks one question, of all articles or (article not null) within that one, and scores the answer. */
    private static void ask(JsonNode q, String article, Score score) {
        String question = q.get("question").asText();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("q", question);
        variables.put("a", article);
        JsonPath r = post(BRIEFING, variables);
        if (r.get("errors") != null) {
            score.errors++;
            score.misses.add(question + " -> error " + r.get("errors"));
            return;
        }
        checkQuotes(r, article, score);
        String coverage = r.getString("data.briefing.coverage");
        String headline = normalise(r.getString("data.briefing.headline"));
        String markdown = normalise(unescape(r.getString("data.briefing.markdown")));
        if (!q.get("answerable").asBoolean()) {
            score.unanswerable++;
            if (coverage.equals("NONE") && r.getList("data.briefing.points").isEmpty()) {
                score.unanswerableNone++;
            } else {
                score.misses.add(question + " -> " + coverage + " (should be NONE): " + headline);
            }
            return;
        }
        score.answerable++;
        List<String> missed = new ArrayList<>();
        for (JsonNode fact : q.get("keyFacts")) {
            score.keyFacts++;
            if (markdown.contains(normalise(fact.asText()))) {
                score.keyFactsFound++;
            } else {
                missed.add(fact.asText());
            }
        }
        boolean core = q.hasNonNull("core") && headline.contains(normalise(q.get("core").asText()));
        if (core) {
            score.headlineHits++;
        }
        if (!missed.isEmpty() || !core) {
            score.misses.add(question + " [" + r.getString("data.briefing.interpretation.questionType") + ", " + coverage
                    + "] missing " + missed + (core ? "" : " core '" + q.get("core").asText() + "' not in headline: " + headline));
        }
    }

    /** Counts the cited quotes, and those equal to their article's text at their offsets (and, within an article, from it). */
    private static void checkQuotes(JsonPath r, String article, Score score) {
        List<Map<String, Object>> cited = new ArrayList<>();
        for (Map<String, Object> p : r.<Map<String, Object>>getList("data.briefing.points")) {
            cited.addAll((List<Map<String, Object>>) p.get("evidence"));
        }
        for (Map<String, Object> c : r.<Map<String, Object>>getList("data.briefing.caveats")) {
            cited.addAll((List<Map<String, Object>>) c.get("evidence"));
        }
        for (Map<String, Object> e : cited) {
            score.quotes++;
            Map<?, ?> from = (Map<?, ?>) e.get("article");
            String text = (String) from.get("text");
            if (text.substring((int) e.get("start"), (int) e.get("end")).equals(e.get("quote"))
                    && (article == null || article.equals(from.get("slug")))) {
                score.exactQuotes++;
            }
        }
    }

    /** Markdown escapes (\*, \_, \[, ...) removed, so a verbatim phrase can be found in the rendering. */
    static String unescape(String markdown) {
        return markdown.replaceAll("\\\\([\\\\*_`\\[\\]#])", "$1").replace("&lt;", "<");
    }

    static String normalise(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static InputStream resource(String path) {
        InputStream in = EvaluationSuiteTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return in;
    }
}
