package io.briefing.api;

import static io.briefing.GraphQL.data;
import static io.briefing.GraphQL.errors;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class KnowledgeQueriesTest {

    private static final String EVIDENCE_PAGE = """
            query($after: String) {
              evidence(first: 25, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { key quote start end article { slug text } speaker certainty kind
                        quantities { text value unit kind bound start end } topics { slug } actors { slug } }
              }
            }""";

    @Test
    void everyEvidenceQuoteEqualsTheArticleAtItsOffsets() {
        List<Map<String, Object>> all = allEvidence();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        for (Map<String, Object> e : all) {
            String text = (String) ((Map<?, ?>) e.get("article")).get("text");
            String quote = (String) e.get("quote");
            assertThat(text.substring((int) e.get("start"), (int) e.get("end"))).as((String) e.get("key")).isEqualTo(quote);
            assertThat((String) e.get("speaker")).as("speaker of " + e.get("key")).isNotBlank();
            for (Map<String, Object> q : (List<Map<String, Object>>) e.get("quantities")) {
                assertThat(text.substring((int) q.get("start"), (int) q.get("end"))).isEqualTo(q.get("text"));
                assertThat(quote).contains((String) q.get("text"));
            }
        }
    }

    @Test
    void structuredQuantitiesAreRecorded() {
        Map<String, Map<String, Object>> byText = new HashMap<>();
        for (Map<String, Object> e : allEvidence()) {
            for (Map<String, Object> q : (List<Map<String, Object>>) e.get("quantities")) {
                byText.put((String) q.get("text"), q);
            }
        }
        assertThat(byText).containsKeys("4.8 million artillery shells", "$34.4 million", "10,000 containers", "24 years", "six nuclear tests");
        assertThat(((Number) byText.get("4.8 million artillery shells").get("value")).doubleValue()).isEqualTo(4_800_000d);
        assertThat(byText.get("4.8 million artillery shells").get("bound")).isEqualTo("UP_TO");
        assertThat(((Number) byText.get("$34.4 million").get("value")).doubleValue()).isEqualTo(34_400_000d);
        assertThat(byText.get("$34.4 million").get("kind")).isEqualTo("MONEY");
        assertThat(byText.get("10,000 containers").get("bound")).isEqualTo("AT_LEAST");
    }

    @Test
    void everyMotiveHasSupportingEvidence() {
        JsonPath r = data("{ motives { key kind statement actor { slug } evidence { key } counterEvidence { key } topics { slug } } }");
        List<Map<String, Object>> motives = r.getList("data.motives");
        assertThat(motives).hasSizeGreaterThanOrEqualTo(15);
        for (Map<String, Object> m : motives) {
            assertThat((List<?>) m.get("evidence")).as((String) m.get("key")).isNotEmpty();
        }
        assertThat(motives.stream().map(m -> (String) ((Map<?, ?>) m.get("actor")).get("slug")).distinct().toList())
                .contains("russia", "north-korea", "united-states");
        // The doubts about munitions quality complicate what Russia wants.
        assertThat(motives.stream().filter(m -> m.get("key").equals("russia-wants-munitions-for-ukraine-war")).findFirst().orElseThrow()
                .get("counterEvidence").toString()).contains("ev-fifty-missiles-failure-rate");
    }

    @Test
    void actorsAreFoundBySlugOrAlias() {
        for (String name : List.of("north-korea", "Pyongyang", "pyongyang", "North Korean", "DPRK")) {
            assertThat(data("query($s: String!) { actor(slug: $s) { slug } }", Map.of("s", name)).getString("data.actor.slug"))
                    .as(name).isEqualTo("north-korea");
        }
        assertThat(data("{ actor(slug: \"the Kremlin\") { slug } }").getString("data.actor.slug")).isEqualTo("russia");
        assertThat(data("{ actor(slug: \"Kim Jong-un\") { slug represents { slug } } }").getString("data.actor.represents.slug")).isEqualTo("north-korea");
        assertThat(data("{ actor(slug: \"Kiev\") { slug } }").getString("data.actor.slug")).isEqualTo("ukraine");
        assertThat(data("{ actor(slug: \"Atlantis\") { slug } }").getString("data.actor")).isNull();
        List<String> slugs = data("{ actors { slug } }").getList("data.actors.slug");
        assertThat(slugs).contains("russia", "north-korea", "united-states", "south-korea", "ukraine", "united-nations", "vietnam",
                "vladimir-putin", "kim-jong-un", "shin-won-seok", "yuri-ushakov", "joe-biden");
    }

    @Test
    void topicsAndMotiveFilters() {
        List<String> topics = data("{ topics { slug } }").getList("data.topics.slug");
        assertThat(topics).contains("visit-and-treaty", "arms-for-russias-war", "technology-transfer", "sanctions-and-un",
                "trade-and-aid", "alignment-against-us", "nk-weapons-programs");
        List<Map<String, Object>> nk = data("{ motives(actor: \"Pyongyang\", kind: GOAL) { key actor { slug } kind } }").getList("data.motives");
        assertThat(nk).isNotEmpty().allMatch(m -> ((Map<?, ?>) m.get("actor")).get("slug").equals("north-korea") && m.get("kind").equals("GOAL"));
        List<Map<String, Object>> tech = data("{ motives(topic: \"technology-transfer\") { key topics { slug } } }").getList("data.motives");
        assertThat(tech).isNotEmpty().allMatch(m -> m.get("topics").toString().contains("technology-transfer"));
    }

    @Test
    void evidenceFiltersCombine() {
        JsonPath r = data("{ evidence(actor: \"south-korea\", kind: STATISTIC, first: 50) { totalCount nodes { key kind actors { slug } speakerActor { slug } } } }");
        List<Map<String, Object>> nodes = r.getList("data.evidence.nodes");
        assertThat(nodes).isNotEmpty().allMatch(n -> n.get("kind").equals("STATISTIC"));
        assertThat(nodes.stream().map(n -> n.get("key"))).contains("ev-shin-containers");
        assertThat(data("{ evidence(certainty: DENIED) { nodes { certainty } } }").getList("data.evidence.nodes.certainty"))
                .isNotEmpty().allMatch("DENIED"::equals);
    }

    @Test
    void badArgumentsGetClearErrors() {
        assertError("{ motives(actor: \"france\") { key } }", "not-found", "Unknown actor 'france'", "north-korea");
        assertError("{ evidence(topic: \"football\") { totalCount } }", "not-found", "Unknown topic 'football'", "sanctions-and-un");
        assertError("{ evidence(first: 500) { totalCount } }", "bad-input", "'first' must be between 1 and 100");
        assertError("{ evidence(first: 0) { totalCount } }", "bad-input", "'first' must be between 1 and 100");
        assertError("{ evidence(after: \"not-a-cursor\") { totalCount } }", "bad-input", "not a valid cursor");
        assertError("{ evidence(article: \"nope\") { totalCount } }", "not-found", "Unknown article 'nope'");
        assertError("query($s: String!) { actor(slug: $s) { slug } }", Map.of("s", "x".repeat(300)), "bad-input", "too long");
        String farCursor = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("cursor:v1:" + Integer.MAX_VALUE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertError("query($c: String) { evidence(after: $c) { totalCount } }", Map.of("c", farCursor), "bad-input", "past the end");
    }

    private static void assertError(String query, String code, String... fragments) {
        assertError(query, Map.of(), code, fragments);
    }

    private static void assertError(String query, Map<String, Object> variables, String code, String... fragments) {
        List<Map<String, Object>> errors = errors(query, variables);
        Map<String, Object> first = errors.get(0);
        assertThat(((Map<?, ?>) first.get("extensions")).get("code")).isEqualTo(code);
        String message = (String) first.get("message");
        assertThat(message).doesNotContain("System error").doesNotContain("Exception");
        for (String fragment : fragments) {
            assertThat(message).contains(fragment);
        }
    }

    static List<Map<String, Object>> allEvidence() {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonPath page = data(EVIDENCE_PAGE, vars);
            all.addAll(page.getList("data.evidence.nodes"));
            after = page.getBoolean("data.evidence.pageInfo.hasNextPage") ? page.getString("data.evidence.pageInfo.endCursor") : null;
        } while (after != null);
        return all;
    }
}
