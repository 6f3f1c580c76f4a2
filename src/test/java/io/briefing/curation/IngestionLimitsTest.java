package io.briefing.curation;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.GraphQL.data;
import static io.briefing.GraphQL.editorErrors;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.article.Article;
import io.briefing.article.ArticleOrigin;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 10.3: the configured caps (candidates per article, total stored text, write queue) hold end to end. */
@QuarkusTest
@TestProfile(IngestionLimitsTest.SmallCaps.class)
class IngestionLimitsTest {

    /** Room for the seed article (7,459 characters) and about 40,000 characters more; 3 candidates per article. */
    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefing.ingestion.max-total-text", "50000", "briefing.ingestion.max-candidates-per-article", "3",
                    "briefing.writes.queue-size", "1");
        }
    }

    static final String INGEST = "mutation($i: ArticleInput!) { ingestArticle(input: $i) { created candidates { key } } }";

    @Inject
    KnowledgeSnapshots snapshots;

    @Inject
    KnowledgeWriter writer;

    @AfterEach
    void removeIngestedArticles() {
        QuarkusTransaction.requiringNew().run(() -> Article.delete("origin = ?1", ArticleOrigin.INGESTED));
        snapshots.refresh();
    }

    @Test
    void candidatesPerArticleAndTotalTextAreCapped() {
        int before = data(CurationTest.ARTICLE_COUNT).getInt("data.articles.totalCount");
        String first = SyntheticArticles.text(1, 30_000);
        List<Object> candidates = asEditor(INGEST, Map.of("i", Map.of("title", "Caps one", "text", first)))
                .getList("data.ingestArticle.candidates");
        assertThat(candidates).hasSize(3); // the text has hundreds of candidate sentences
        assertThat(asEditor("{ changes(last: 1) { summary } }", Map.of()).getString("data.changes[0].summary"))
                .contains("3 candidate evidence").contains("not proposed");

        List<Map<String, Object>> errors = editorErrors(INGEST, Map.of("i", Map.of("title", "Caps two", "text", SyntheticArticles.text(2, 30_000))));
        assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code")).isEqualTo("limit-exceeded");
        assertThat(errors.get(0).get("message").toString()).contains("briefing.ingestion.max-total-text").contains("Nothing was written");
        assertThat(data(CurationTest.ARTICLE_COUNT).getInt("data.articles.totalCount")).isEqualTo(before + 1);

        // The same text again is not new text: it returns the stored article (limits do not apply).
        assertThat(asEditor(INGEST, Map.of("i", Map.of("title", "Caps one again", "text", first))).getBoolean("data.ingestArticle.created")).isFalse();
    }

    @Test
    void aWriteThatFindsTheQueueFullIsRefusedAsBusyAndWritesNothing() throws Exception {
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // Another write holds the only place in the queue (capacity 1 in this profile).
        java.util.concurrent.CompletableFuture<Object> other = java.util.concurrent.CompletableFuture.supplyAsync(() -> writer.queue().run("other", () -> {
            holding.countDown();
            try {
                release.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        try {
            assertThat(holding.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            List<Map<String, Object>> errors = editorErrors("mutation { createTopic(input: {slug: \"test-busy\", name: \"Test busy\"}) { slug } }", Map.of());
            assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code")).isEqualTo("busy");
            assertThat(errors.get(0).get("message").toString()).contains("createTopic").contains("retry").contains("nothing was written");
        } finally {
            release.countDown();
            other.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(data("{ topic(slug: \"test-busy\") { slug } }").getString("data.topic")).isNull();
        // With the queue free again, the same write goes through.
        asEditor("mutation { createTopic(input: {slug: \"test-busy\", name: \"Test busy\"}) { slug } }", Map.of());
        int version = data("{ topic(slug: \"test-busy\") { version } }").getInt("data.topic.version");
        asEditor("mutation($v: Int!) { deleteTopic(slug: \"test-busy\", version: $v) { key } }", Map.of("v", version));
    }
}
