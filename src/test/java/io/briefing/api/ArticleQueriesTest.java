package io.briefing.api;

import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ArticleQueriesTest {

    private static final String SLUG = "putin-visits-pyongyang";

    @Test
    void articleTextIsTheSeedFileByteForByte() throws Exception {
        String text = data("{ article(slug: \"" + SLUG + "\") { slug title text contentHash origin } }").getString("data.article.text");
        byte[] seed = readSeed();
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(seed);
    }

    @Test
    void articlesAreListedWithPaging() {
        JsonPath r = data("{ articles(first: 1) { totalCount nodes { slug } edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }");
        assertThat(r.getInt("data.articles.totalCount")).isGreaterThanOrEqualTo(1);
        assertThat(r.getList("data.articles.nodes.slug")).hasSize(1);
    }

    @Test
    void paragraphsAndSentencesCarryExactOffsets() {
        JsonPath r = data("{ article(slug: \"" + SLUG + "\") { text paragraphs { index start end text isHeading isPlaceholder section sentences { start end text } } } }");
        String text = r.getString("data.article.text");
        List<Map<String, Object>> paragraphs = r.getList("data.article.paragraphs");
        assertThat(paragraphs).hasSizeGreaterThan(30);
        for (Map<String, Object> p : paragraphs) {
            assertThat(text.substring((int) p.get("start"), (int) p.get("end"))).isEqualTo(p.get("text"));
            for (Map<String, Object> s : (List<Map<String, Object>>) p.get("sentences")) {
                assertThat(text.substring((int) s.get("start"), (int) s.get("end"))).isEqualTo(s.get("text"));
            }
        }
        assertThat(paragraphs.stream().filter(p -> (boolean) p.get("isHeading")).map(p -> p.get("text")))
                .containsExactly("What does Russia want?", "What does North Korea want?");
        assertThat(paragraphs.stream().filter(p -> (boolean) p.get("isPlaceholder")).map(p -> p.get("text")))
                .hasSize(5).allMatch("advertise"::equals);
        assertThat(paragraphs.stream().filter(p -> ((String) p.get("text")).startsWith("Kim, whose grandfather")).findFirst().orElseThrow()
                .get("section")).isEqualTo("What does North Korea want?");
    }

    @Test
    void scrapingArtifactsAreFlaggedWithoutAlteringTheText() {
        JsonPath r = data("{ article(slug: \"" + SLUG + "\") { text cleanText artifacts { kind start end text reading } } }");
        String text = r.getString("data.article.text");
        List<Map<String, Object>> artifacts = r.getList("data.article.artifacts");
        for (Map<String, Object> a : artifacts) {
            assertThat(text.substring((int) a.get("start"), (int) a.get("end"))).isEqualTo(a.get("text"));
        }
        Map<String, String> readings = new java.util.HashMap<>();
        artifacts.forEach(a -> readings.put((String) a.get("text"), (String) a.get("reading")));
        assertThat(readings).containsEntry("MoscowOpened", "Moscow Opened")
                .containsEntry("BloombergSeoul", "Bloomberg Seoul")
                .containsEntry("KoreaThe", "Korea The")
                .containsEntry("downand", "down and")
                .containsEntry("arsenalthereby", "arsenal thereby")
                .containsEntry("Pyongyang.vetoRussia", "Pyongyang. veto Russia")
                .containsEntry("relations.President", "relations. President");
        assertThat(artifacts.stream().filter(a -> a.get("kind").equals("PLACEHOLDER_LINE"))).hasSize(5);
        // Ordinary words are not flagged.
        assertThat(readings).doesNotContainKeys("Kharkiv", "Nations", "thousand", "Bloomberg");
        String clean = r.getString("data.article.cleanText");
        assertThat(clean).doesNotContain("\nadvertise\n").contains("pledged to Moscow Opened up").contains("break down and raises");
        assertThat(text).contains("MoscowOpened").contains("downand");
    }

    @Test
    void unknownArticleSlugIsNull() {
        assertThat(data("{ article(slug: \"no-such-article\") { slug } }").getString("data.article")).isNull();
    }

    static byte[] readSeed() throws Exception {
        Path shared = Path.of("../shared/seed/article.txt");
        if (Files.exists(shared)) {
            return Files.readAllBytes(shared);
        }
        return GraphQL.seedArticleText().getBytes(StandardCharsets.UTF_8);
    }
}
