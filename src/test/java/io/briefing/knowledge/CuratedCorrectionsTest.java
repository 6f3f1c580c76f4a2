package io.briefing.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the corrections of issue 9 in the curated file, one test per corrected record, read with
 * plain JSON so that no loader logic can hide a regression. The article is the source of truth.
 */
class CuratedCorrectionsTest {

    private static JsonNode base;
    private static String article;

    @BeforeAll
    static void read() throws Exception {
        base = new ObjectMapper().readTree(resource("knowledge/putin-pyongyang.json"));
        article = new String(resource(base.path("article").path("resource").asText()), StandardCharsets.UTF_8);
    }

    // 1. The U.N. panel sentence: the veto reading, supporting, never a counterpoint.
    @Test
    void unPanelSentenceIsReadAsTheVetoThatEndedTheMandate() {
        JsonNode ev = record("evidence", "key", "ev-un-panel-mandate");
        assertThat(article).contains(ev.path("quote").asText());
        assertThat(ev.path("quote").asText()).startsWith("vetoRussia has extended the mandate");
        assertThat(ev.path("certainty").asText()).isEqualTo("REPORTED");
        assertThat(ev.path("note").asText()).contains("vetoed the renewal").contains("mandate ended")
                .contains("dramatic shift").contains("paid dividends for Pyongyang").contains("before the end of their mandate")
                .contains("Do not cite 'has extended'");
        assertThat(keys("motives", "supportedBy", "ev-un-panel-mandate"))
                .contains("russia-offers-diplomatic-support-at-un", "north-korea-gains-at-the-un");
        assertThat(keys("motives", "complicatedBy", "ev-un-panel-mandate")).isEmpty();
        assertThat(record("actors", "slug", "un-panel-of-experts").path("description").asText()).contains("mandate ended");
    }

    // 2.
    @Test
    void russiasDiplomaticSupportSaysWhatRussiaDid() {
        JsonNode m = record("motives", "key", "russia-offers-diplomatic-support-at-un");
        assertThat(m.path("statement").asText()).contains("Russia vetoed").contains("mandate ended");
        assertThat(texts(m.path("supportedBy")).get(0)).isEqualTo("ev-un-panel-mandate");
    }

    // 3. Grading as the article words it.
    @Test
    void attributedItemsAreReportedAndMixedItemsAreSplit() {
        assertThat(record("evidence", "key", "ev-first-visit-24-years").path("certainty").asText()).isEqualTo("REPORTED");
        assertThat(record("evidence", "key", "ev-first-visit-24-years").path("speakerActor").asText()).isEqualTo("russian-state-media");

        JsonNode ushered = record("evidence", "key", "ev-aurus-limousine");
        assertThat(ushered.path("quote").asText()).isEqualTo("Kim Jong-un ushered Putin into a Russian-made Aurus limousine");
        assertThat(ushered.path("kind").asText()).isEqualTo("OBSERVATION");
        JsonNode gift = record("evidence", "key", "ev-aurus-gift");
        assertThat(gift.path("quote").asText()).contains("that Putin had given him last year");
        assertThat(gift.path("certainty").asText()).isEqualTo("REPORTED");

        JsonNode found = record("evidence", "key", "ev-un-monitors-kharkiv-debris");
        JsonNode said = record("evidence", "key", "ev-un-monitors-kharkiv-embargo");
        assertThat(found.path("quote").asText()).startsWith("According to Reuters").contains("confirmed that debris")
                .doesNotContain("violated");
        assertThat(said.path("quote").asText()).startsWith("said the arms transfer violated");
        for (JsonNode part : List.of(found, said)) {
            assertThat(part.path("certainty").asText()).isEqualTo("REPORTED");
            assertThat(texts(part.path("actors"))).contains("reuters");
            assertThat(part.path("speaker").asText()).contains("according to Reuters");
        }
        assertThat(found.path("kind").asText()).isEqualTo("REPORT");
        assertThat(said.path("kind").asText()).isEqualTo("STATEMENT");
    }

    // 4.
    @Test
    void northKoreasGainAtTheUnIsStatedInTheArticlesWords() {
        assertThat(has("motives", "key", "north-korea-wants-relief-from-pressure")).isFalse();
        JsonNode m = record("motives", "key", "north-korea-gains-at-the-un");
        assertThat(m.path("statement").asText()).contains("paid dividends for Pyongyang").contains("future sanctions will be enforced")
                .doesNotContain("relief");
        assertThat(texts(m.path("supportedBy"))).doesNotContain("ev-rodong-praise-thanks", "ev-needs-outside-military");
    }

    // 5.
    @Test
    void northKoreasSupportIsAttributedToPutinAndNotCalledPolitical() {
        assertThat(has("motives", "key", "north-korea-offers-political-support")).isFalse();
        String statement = record("motives", "key", "north-korea-supports-russias-actions-in-ukraine").path("statement").asText();
        assertThat(statement).startsWith("According to Putin").contains("strong support for Russia's actions in Ukraine")
                .doesNotContainIgnoringCase("political");
        assertThat(texts(record("evidence", "key", "ev-rodong-praise-thanks").path("keywords"))).doesNotContain("political support");
    }

    // 6.
    @Test
    void shellSupplyRestsOnTheArticlesOwnStatementAndTheMinistersFigureIsAnEstimate() {
        JsonNode m = record("motives", "key", "north-korea-offers-shells-and-missiles");
        assertThat(texts(m.path("supportedBy")).get(0)).isEqualTo("ev-nk-provides-missiles-shells");
        assertThat(m.path("statement").asText()).contains("estimates").contains("could hold").doesNotContain("South Korean tracking");
        JsonNode flat = record("evidence", "key", "ev-nk-provides-missiles-shells");
        assertThat(article).contains(flat.path("quote").asText());
        assertThat(flat.path("certainty").asText()).isEqualTo("REPORTED");
        JsonNode shin = record("evidence", "key", "ev-shin-containers");
        assertThat(StreamSupport.stream(shin.path("quantities").spliterator(), false)
                .filter(q -> q.path("text").asText().equals("4.8 million artillery shells")).findFirst().orElseThrow()
                .path("bound").asText()).isEqualTo("UP_TO");
    }

    // 7.
    @Test
    void ministerTitlesMatchOnlyWithTheCountryOrTheName() {
        List<String> aliases = texts(record("actors", "slug", "shin-won-seok").path("aliases"));
        assertThat(aliases).contains("Shin Won-sik", "Shin Won-seok", "South Korean Defense Minister");
        for (String alias : aliases) {
            String a = alias.toLowerCase(Locale.ROOT);
            if (a.contains("minister")) {
                assertThat(a.contains("south korea") || a.contains("shin")).as(alias).isTrue();
            }
        }
        for (JsonNode actor : base.path("actors")) {
            for (String alias : texts(actor.path("aliases"))) {
                assertThat(alias.toLowerCase(Locale.ROOT)).as(actor.path("slug").asText())
                        .isNotIn("defense minister", "defence minister", "minister", "president", "leader");
            }
        }
    }

    // 8. The smaller fixes.
    @Test
    void smallerFixes() {
        assertThat(texts(record("motives", "key", "north-korea-wants-combat-testing").path("complicatedBy")))
                .doesNotContain("ev-fifty-missiles-failure-rate");
        assertThat(keys("motives", "complicatedBy", "ev-fifty-missiles-failure-rate"))
                .contains("russia-wants-munitions-for-ukraine-war", "north-korea-offers-shells-and-missiles");
        assertThat(texts(record("motives", "key", "russia-offers-military-technology").path("complicatedBy")))
                .contains("ev-russia-denies-transfers");
        JsonNode millions = record("evidence", "key", "ev-us-intel-millions-shells").path("quantities").get(0);
        assertThat(millions.path("text").asText()).isEqualTo("millions of artillery shells");
        assertThat(millions.path("value").asDouble()).isEqualTo(2_000_000d);
        assertThat(millions.path("bound").asText()).isEqualTo("AT_LEAST");
        assertThat(record("motives", "key", "north-korea-wants-economic-ties").path("statement").asText())
                .contains("due to North Korea's strict regulations");
        JsonNode russia = record("motives", "key", "russia-competes-with-us-for-influence");
        JsonNode us = record("motives", "key", "us-concern-influence-in-vietnam");
        assertThat(russia.path("statement").asText()).isNotEqualTo(us.path("statement").asText());
        assertThat(new HashSet<>(texts(russia.path("supportedBy")))).isNotEqualTo(new HashSet<>(texts(us.path("supportedBy"))));
    }

    @Test
    void sourcesPlacesGroupsAndKimsGrandfatherAreActors() {
        for (String source : List.of("bloomberg", "reuters", "rodong-sinmun", "russian-state-media")) {
            assertThat(record("actors", "slug", source).path("kind").asText()).as(source).isEqualTo("SOURCE");
            assertThat(keys("evidence", "actors", source)).as("evidence credited to " + source).isNotEmpty();
        }
        assertThat(keys("evidence", "actors", "reuters")).contains("ev-un-monitors-kharkiv-debris", "ev-un-monitors-kharkiv-embargo");
        assertThat(keys("evidence", "actors", "bloomberg")).contains("ev-shin-containers");
        assertThat(keys("evidence", "actors", "rodong-sinmun")).contains("ev-rodong-praise-thanks", "ev-putin-settlement-system");
        assertThat(record("actors", "slug", "kharkiv").path("kind").asText()).isEqualTo("PLACE");
        assertThat(record("actors", "slug", "the-west").path("kind").asText()).isEqualTo("GROUP");
        JsonNode grandfather = record("actors", "slug", "kim-il-sung");
        assertThat(grandfather.path("description").asText()).contains("1948").contains("Moscow's support").contains("founded North Korea");
        assertThat(texts(grandfather.path("aliases"))).contains("Kim's grandfather");
        assertThat(keys("evidence", "actors", "kim-il-sung")).contains("ev-kim-grandfather-1948");
    }

    @Test
    void topicKeywords() {
        assertThat(topicsWithKeyword("security")).hasSize(1);
        assertThat(topicsWithKeyword("disarmament")).hasSize(1);
        List<String> technology = texts(record("topics", "slug", "technology-transfer").path("keywords"));
        assertThat(technology).doesNotContain("cosmodrome", "rocket", "fighter jet");
        assertThat(keys("evidence", "topics", "technology-transfer")).doesNotContain("ev-cosmodrome-holy-struggle", "ev-invitation");
    }

    @Test
    void theSeedArticleHasItsPublicationDate() {
        assertThat(base.path("article").path("publishedOn").asText()).isEqualTo("2024-06-19");
    }

    private static List<String> topicsWithKeyword(String keyword) {
        List<String> topics = new ArrayList<>();
        base.path("topics").forEach(t -> {
            if (texts(t.path("keywords")).contains(keyword)) {
                topics.add(t.path("slug").asText());
            }
        });
        return topics;
    }

    /** Keys (or slugs) of the records in {@code list} whose array {@code field} holds {@code value}. */
    private static Set<String> keys(String list, String field, String value) {
        Set<String> keys = new HashSet<>();
        base.path(list).forEach(r -> {
            if (texts(r.path(field)).contains(value)) {
                keys.add(r.has("key") ? r.path("key").asText() : r.path("slug").asText());
            }
        });
        return keys;
    }

    private static boolean has(String list, String field, String value) {
        return StreamSupport.stream(base.path(list).spliterator(), false).anyMatch(r -> r.path(field).asText().equals(value));
    }

    private static JsonNode record(String list, String field, String value) {
        return StreamSupport.stream(base.path(list).spliterator(), false).filter(r -> r.path(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + list + " record " + value));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = CuratedCorrectionsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
