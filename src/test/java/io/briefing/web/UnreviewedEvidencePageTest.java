package io.briefing.web;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.web.ReaderPagesTest.escaped;
import static io.briefing.web.ReaderPagesTest.highlighted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.article.Article;
import io.briefing.article.ArticleOrigin;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An ingested article's machine-proposed evidence is shown, and shown as unreviewed. */
@QuarkusTest
class UnreviewedEvidencePageTest {

    @Inject
    KnowledgeSnapshots snapshots;

    @AfterEach
    void removeTheIngestedArticle() {
        QuarkusTransaction.requiringNew().run(() -> Article.delete("origin = ?1", ArticleOrigin.INGESTED));
        snapshots.refresh();
    }

    @Test
    void candidatesAreMarkedUnreviewedAtTheirOffsets() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("articles/follow-up-report.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonPath ingested = asEditor("""
                mutation($i: ArticleInput!) { ingestArticle(input: $i) {
                  article { slug } candidates { quote start end certainty } } }""",
                Map.of("i", Map.of("title", "Russia and North Korea sign <b>defense</b> pact", "text", text)));
        String slug = ingested.getString("data.ingestArticle.article.slug");
        List<Map<String, Object>> candidates = ingested.getList("data.ingestArticle.candidates");
        assertThat(candidates).isNotEmpty();

        String list = given().when().get("/articles").then().statusCode(200).extract().asString();
        assertThat(list).contains(escaped("Russia and North Korea sign <b>defense</b> pact")).doesNotContain("<b>defense");

        for (Map<String, Object> c : candidates) {
            String html = given().queryParam("hl", c.get("start") + "-" + c.get("end")).when().get("/articles/" + slug)
                    .then().statusCode(200).extract().asString();
            assertThat(highlighted(html)).isEqualTo(c.get("quote"));
            assertThat(html).contains(candidates.size() + " unreviewed)");
            String certainty = ((String) c.get("certainty")).toLowerCase();
            assertThat(html).contains("class=\"ev c-" + certainty + " cand\"", "(unreviewed: proposed by the machine, not yet confirmed by an editor)");
        }
        // Candidates back no motive, so the flows do not change.
        assertThat(given().queryParam("article", slug).when().get("/flows").then().statusCode(200).extract().asString())
                .contains("No offers are recorded for this article");
    }
}
