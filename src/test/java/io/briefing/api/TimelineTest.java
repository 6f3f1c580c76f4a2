package io.briefing.api;

import static io.briefing.GraphQL.data;
import static io.briefing.GraphQL.errors;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time expressions on evidence and the timeline query, over real GraphQL requests (read-only: {@link TimelineIT} runs them on the packaged app). */
@QuarkusTest
public class TimelineTest {

    static final String SEED = "putin-visits-pyongyang";
    static final String TIMELINE = """
            query($actor: String, $topic: String, $article: String, $candidates: Boolean) {
              timeline(actor: $actor, topic: $topic, article: $article, includeCandidates: $candidates) {
                value earliest latest
                time { text start end kind value earliest latest }
                evidence { key quote start end article { slug text } }
              }
            }""";

    public static List<Map<String, Object>> timeline(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        List<Map<String, Object>> entries = data(TIMELINE, vars).getList("data.timeline");
        for (Map<String, Object> entry : entries) {
            Map<String, Object> time = map(entry, "time");
            Map<String, Object> evidence = map(entry, "evidence");
            String text = (String) map(evidence, "article").get("text");
            // The expression sits inside its quote, at article offsets, and the entry's value is the expression's.
            assertThat(text.substring((int) time.get("start"), (int) time.get("end"))).isEqualTo(time.get("text"));
            assertThat((int) time.get("start")).isGreaterThanOrEqualTo((int) evidence.get("start"));
            assertThat((int) time.get("end")).isLessThanOrEqualTo((int) evidence.get("end"));
            assertThat(entry.get("value")).isEqualTo(time.get("value")).isNotNull();
            assertThat(time.get("kind")).isNotEqualTo("DURATION");
            assertThat((String) entry.get("earliest")).isLessThanOrEqualTo((String) entry.get("latest"));
        }
        for (int i = 1; i < entries.size(); i++) {
            assertThat((String) entries.get(i - 1).get("earliest")).as("timeline order at " + i)
                    .isLessThanOrEqualTo((String) entries.get(i).get("earliest"));
        }
        return entries;
    }

    @Test
    void theSeedArticleHasItsPublicationDate() {
        assertThat(data("{ article(slug: \"" + SEED + "\") { publishedOn } }").getString("data.article.publishedOn"))
                .isEqualTo("2024-06-19");
    }

    @Test
    void theSeedTimelineListsDatedEvidenceInOrderWithResolvedValues() {
        List<Map<String, Object>> entries = timeline("article", SEED);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(10);
        Map<String, String> valueByKey = new HashMap<>();
        Map<String, String> textByKey = new HashMap<>();
        for (Map<String, Object> e : entries) {
            String key = (String) map(e, "evidence").get("key");
            valueByKey.put(key, (String) e.get("value"));
            textByKey.put(key, (String) map(e, "time").get("text"));
        }
        assertThat(valueByKey).containsEntry("ev-kim-grandfather-1948", "1948")
                .containsEntry("ev-trade-34-million", "2023")
                .containsEntry("ev-us-intel-millions-shells", "2023")
                .containsEntry("ev-aurus-gift", "2023")
                .containsEntry("ev-cosmodrome-holy-struggle", "2023-09")
                .containsEntry("ev-biden-visited-vietnam", "2023-09")
                .containsEntry("ev-fifty-missiles-failure-rate", "2023-12/2024-02")
                .containsEntry("ev-un-monitors-kharkiv-debris", "2024-01")
                .containsEntry("ev-shin-containers", "2024-W24")
                .containsEntry("ev-ushakov-agenda", "2024-06-17")
                .containsEntry("ev-tarmac-greeting", "2024-06-19")
                .containsEntry("ev-vietnam-visit", "2024-06-20/2024-06-23");
        assertThat(textByKey).containsEntry("ev-biden-visited-vietnam", "last September")
                .containsEntry("ev-ushakov-agenda", "on Monday").containsEntry("ev-cosmodrome-holy-struggle", "Nine months ago");
        // From the founding of North Korea to Putin's next stop.
        assertThat(map(entries.get(0), "evidence").get("key")).isEqualTo("ev-kim-grandfather-1948");
        assertThat(map(entries.get(entries.size() - 1), "evidence").get("key")).isEqualTo("ev-vietnam-visit");
        // Items that only state a length of time are not dated.
        assertThat(valueByKey).doesNotContainKeys("ev-first-visit-24-years", "ev-un-panel-mandate");
    }

    @Test
    void timelineFilters() {
        List<Map<String, Object>> reuters = timeline("actor", "Reuters");
        assertThat(reuters).extracting(e -> map(e, "evidence").get("key")).containsExactly("ev-un-monitors-kharkiv-debris");
        List<Map<String, Object>> visit = timeline("topic", "visit-and-treaty");
        assertThat(visit).isNotEmpty().allSatisfy(e -> assertThat(
                data("query($k: String!) { evidenceItem(key: $k) { topics { slug } } }", Map.of("k", map(e, "evidence").get("key")))
                        .getList("data.evidenceItem.topics.slug")).contains("visit-and-treaty"));
        assertThat(timeline("actor", "vietnam", "topic", "alignment-against-us")).extracting(e -> map(e, "evidence").get("key"))
                .containsExactly("ev-biden-visited-vietnam", "ev-vietnam-visit");
        assertThat(errors(TIMELINE, Map.of("actor", "atlantis")).get(0).get("extensions").toString()).contains("not-found");
        assertThat(errors(TIMELINE, Map.of("topic", "football")).get(0).get("message").toString()).contains("sanctions-and-un");
    }

    @Test
    void everyEvidenceItemCarriesItsTimeExpressions() {
        JsonPath r = data("""
                { evidence(article: "putin-visits-pyongyang", first: 100) { nodes { key start end times { text start end kind value } article { text } } } }""");
        List<Map<String, Object>> nodes = r.getList("data.evidence.nodes");
        int withTimes = 0;
        for (Map<String, Object> node : nodes) {
            String text = (String) map(node, "article").get("text");
            List<Map<String, Object>> times = list(node, "times");
            withTimes += times.isEmpty() ? 0 : 1;
            for (Map<String, Object> t : times) {
                assertThat(text.substring((int) t.get("start"), (int) t.get("end"))).isEqualTo(t.get("text"));
                assertThat((int) t.get("start")).isBetween((int) node.get("start"), (int) node.get("end"));
            }
        }
        assertThat(withTimes).isGreaterThanOrEqualTo(15);
        Map<String, Object> panel = nodes.stream().filter(n -> n.get("key").equals("ev-un-panel-mandate")).findFirst().orElseThrow();
        assertThat(list(panel, "times")).singleElement().satisfies(t -> {
            assertThat(t.get("text")).isEqualTo("for 15 years");
            assertThat(t.get("kind")).isEqualTo("DURATION");
            assertThat(t.get("value")).isEqualTo("P15Y");
        });
        Map<String, Object> trade = nodes.stream().filter(n -> n.get("key").equals("ev-trade-34-million")).findFirst().orElseThrow();
        assertThat(list(trade, "times")).extracting(t -> t.get("text") + "=" + t.get("value"))
                .containsExactly("2023=2023", "the previous year=2022");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.get(field);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }
}
