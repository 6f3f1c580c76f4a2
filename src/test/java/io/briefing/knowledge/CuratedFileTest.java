package io.briefing.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the curated file against the article on its own, without the application's loader, so a
 * bug in the loader cannot hide a bad quote: plain string searches over the shipped resources.
 */
class CuratedFileTest {

    private static JsonNode base;
    private static String article;

    @BeforeAll
    static void read() throws Exception {
        base = new ObjectMapper().readTree(resource("knowledge/putin-pyongyang.json"));
        article = new String(resource(base.path("article").path("resource").asText()), StandardCharsets.UTF_8);
    }

    /** SHA-256 of the seed article's bytes (../shared/seed/article.txt), so the check runs in any clone. */
    static final String SEED_SHA256 = "84e5e31494d0a51f37139f39b3db6074541964a5172ac34230839283eb8b059f";

    @Test
    void shippedArticleIsTheSeedArticle() throws Exception {
        byte[] shipped = article.getBytes(StandardCharsets.UTF_8);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(shipped)))
                .as("the shipped article is the seed byte for byte").isEqualTo(SEED_SHA256);
        java.nio.file.Path seed = java.nio.file.Path.of("../shared/seed/article.txt");
        if (java.nio.file.Files.exists(seed)) {
            assertThat(shipped).isEqualTo(java.nio.file.Files.readAllBytes(seed));
        }
    }

    @Test
    void everyQuoteOccursExactlyOnceOrAtItsStatedOccurrence() {
        for (JsonNode ev : base.path("evidence")) {
            String quote = ev.path("quote").asText();
            int count = count(article, quote);
            if (ev.hasNonNull("occurrence")) {
                assertThat(ev.path("occurrence").asInt()).as(ev.path("key").asText()).isBetween(0, count - 1);
            } else {
                assertThat(count).as("occurrences of the quote of %s", ev.path("key").asText()).isEqualTo(1);
            }
            for (JsonNode q : ev.path("quantities")) {
                assertThat(quote).as("quantity in %s", ev.path("key").asText()).contains(q.path("text").asText());
            }
        }
    }

    @Test
    void referencesResolveAndAliasesAreUnambiguous() {
        Set<String> actors = slugs("actors", "slug");
        Set<String> topics = slugs("topics", "slug");
        Set<String> evidence = slugs("evidence", "key");
        Map<String, String> aliasOwner = new HashMap<>();
        for (JsonNode actor : base.path("actors")) {
            for (JsonNode alias : actor.path("aliases")) {
                String key = alias.asText().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                String previous = aliasOwner.put(key, actor.path("slug").asText());
                assertThat(previous == null || previous.equals(actor.path("slug").asText())).as("alias " + alias).isTrue();
            }
            if (actor.hasNonNull("represents")) {
                assertThat(actors).contains(actor.path("represents").asText());
            }
        }
        for (JsonNode ev : base.path("evidence")) {
            ev.path("actors").forEach(a -> assertThat(actors).contains(a.asText()));
            ev.path("topics").forEach(t -> assertThat(topics).contains(t.asText()));
        }
        for (JsonNode motive : base.path("motives")) {
            assertThat(actors).contains(motive.path("actor").asText());
            assertThat(motive.path("supportedBy").size()).as(motive.path("key").asText()).isPositive();
            motive.path("supportedBy").forEach(k -> assertThat(evidence).contains(k.asText()));
            motive.path("complicatedBy").forEach(k -> assertThat(evidence).contains(k.asText()));
            motive.path("topics").forEach(t -> assertThat(topics).contains(t.asText()));
        }
    }

    @Test
    void everyParagraphThatCarriesAFactIsCovered() {
        List<String> uncovered = new ArrayList<>();
        int offset = 0;
        for (String line : article.split("\n", -1)) {
            int start = offset;
            int end = offset + line.length();
            offset = end + 1;
            String text = line.strip();
            if (text.isEmpty() || text.equals("advertise") || text.endsWith("want?")) {
                continue;
            }
            boolean covered = false;
            for (JsonNode ev : base.path("evidence")) {
                int at = article.indexOf(ev.path("quote").asText());
                if (at >= start && at < end) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                uncovered.add(text);
            }
        }
        assertThat(uncovered).as("paragraphs without evidence").isEmpty();
    }

    @Test
    void coversTheRequiredActorsTopicsAndFacts() {
        assertThat(slugs("actors", "slug")).contains("russia", "north-korea", "united-states", "south-korea", "ukraine",
                "united-nations", "vietnam", "vladimir-putin", "kim-jong-un", "shin-won-seok", "yuri-ushakov", "joe-biden");
        assertThat(slugs("topics", "slug")).contains("visit-and-treaty", "arms-for-russias-war", "technology-transfer",
                "sanctions-and-un", "trade-and-aid", "alignment-against-us", "nk-weapons-programs");
        Set<String> certainties = new HashSet<>();
        base.path("evidence").forEach(e -> certainties.add(e.path("certainty").asText()));
        assertThat(certainties).contains("CONFIRMED", "REPORTED", "CLAIMED", "BELIEVED", "DENIED", "UNCLEAR");
    }

    private static Set<String> slugs(String list, String field) {
        Set<String> values = new HashSet<>();
        base.path(list).forEach(n -> values.add(n.path(field).asText()));
        return values;
    }

    private static int count(String text, String quote) {
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            count++;
        }
        return count;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = CuratedFileTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
