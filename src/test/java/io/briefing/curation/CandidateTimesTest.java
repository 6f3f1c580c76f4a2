package io.briefing.curation;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.api.TimelineTest.list;
import static io.briefing.api.TimelineTest.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.article.Article;
import io.briefing.article.ArticleOrigin;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Candidate evidence extracted from an ingested article carries time expressions resolved against that article's date. */
@QuarkusTest
class CandidateTimesTest {

    @Inject
    KnowledgeSnapshots snapshots;

    @AfterEach
    void removeIngestedArticles() {
        QuarkusTransaction.requiringNew().run(() -> Article.delete("origin = ?1", ArticleOrigin.INGESTED));
        snapshots.refresh();
    }

    @Test
    void extractedCandidatesCarryTimeExpressionsResolvedAgainstTheirArticle() {
        String text = "Putin left Pyongyang on Thursday after talks with Kim Jong Un, according to the Kremlin.\n"
                + "Trade between Russia and North Korea grew nine times last year, officials in Seoul said.\n";
        JsonPath ingested = asEditor("""
                mutation($i: ArticleInput!) { ingestArticle(input: $i) {
                  article { slug } candidates { key quote times { text start end kind value } } } }""",
                Map.of("i", Map.of("title", "Putin leaves Pyongyang", "text", text, "publishedOn", "2024-06-20")));
        List<Map<String, Object>> candidates = ingested.getList("data.ingestArticle.candidates");
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(2);
        Map<String, String> values = new HashMap<>();
        for (Map<String, Object> c : candidates) {
            for (Map<String, Object> t : list(c, "times")) {
                assertThat(text.substring((int) t.get("start"), (int) t.get("end"))).isEqualTo(t.get("text"));
                values.put((String) t.get("text"), (String) t.get("value"));
            }
        }
        assertThat(values).containsEntry("on Thursday", "2024-06-20").containsEntry("last year", "2023");
        String slug = ingested.getString("data.ingestArticle.article.slug");
        // Candidates stay off the timeline unless asked for.
        assertThat(timeline("article", slug)).isEmpty();
        assertThat(timeline("article", slug, "candidates", true)).extracting(e -> e.get("value")).containsExactly("2023", "2024-06-20");
    }
}
