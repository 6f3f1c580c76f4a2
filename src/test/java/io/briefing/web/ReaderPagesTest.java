package io.briefing.web;

import static io.briefing.GraphQL.data;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's pages against the running app. Expected values come from the GraphQL API (the same
 * services), never from copies of the answers.
 */
@QuarkusTest
public class ReaderPagesTest {

    static final String BRIEFING = """
            query($q: String) { briefing(question: $q) {
              headline coverage points { statement evidence { key quote start end article { slug } } }
              sources { key quote start end article { slug text } } } }""";

    static JsonPath briefing(String question) {
        return data(BRIEFING, Map.of("q", question));
    }

    static Response page(String path, Object... params) {
        var request = given().urlEncodingEnabled(true);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get(path).then().extract().response();
    }

    /** What Qute's HTML escaping turns a text into. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String unescaped(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    static void assertStrictHeaders(Response r) {
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.contentType()).startsWith("text/html");
    }

    /** No inline script or style, and nothing loaded from another host. */
    static void assertSelfContained(String html) {
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=\"/)").doesNotContain("<style");
        // Attribute values are quoted and escaped, so no tag can carry an event handler or inline style.
        Matcher tags = Pattern.compile("<[a-zA-Z][^<>]*>").matcher(html.replaceAll("=\"[^\"]*\"", "=\"\""));
        while (tags.find()) {
            assertThat(tags.group()).doesNotContainPattern("\\s(?:on[a-z]+|style)=");
        }
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            String url = m.group(1);
            if (url.startsWith("http") || url.startsWith("//")) {
                // Only the article's own "original" link may point elsewhere, and it is never loaded.
                assertThat(html).contains("href=\"" + url + "\" rel=\"noreferrer noopener\"");
            }
        }
    }

    @Test
    void askShowsTheBriefingWithCitationsAtTheQuotesOffsets() {
        String question = "What does North Korea want?";
        JsonPath api = briefing(question);
        Response r = page("/", "q", question);
        assertThat(r.statusCode()).isEqualTo(200);
        assertStrictHeaders(r);
        String html = r.asString();
        assertSelfContained(html);
        assertThat(html).contains(escaped(api.getString("data.briefing.headline")));
        assertThat(html).contains(">FULL</span>", "Covered: the articles answer this question");
        for (String statement : api.<String>getList("data.briefing.points.statement")) {
            assertThat(html).contains(escaped(statement));
        }
        // Citation [n] is the n-th source; its link carries that quote's offsets.
        List<Map<String, Object>> sources = api.getList("data.briefing.sources");
        assertThat(sources).isNotEmpty();
        for (int i = 0; i < sources.size(); i++) {
            Map<String, Object> s = sources.get(i);
            String href = "/articles/" + ((Map<?, ?>) s.get("article")).get("slug") + "?hl=" + s.get("start") + "-" + s.get("end") + "#hl";
            assertThat(html).contains("href=\"" + href + "\"");
            assertThat(html).contains("id=\"source-" + (i + 1) + "\"");
            assertThat(html).contains(escaped((String) s.get("quote")));
        }
        Matcher first = Pattern.compile("<a class=\"cite\" href=\"([^\"]+)\"[^>]*>\\[1\\]</a>").matcher(html);
        assertThat(first.find()).isTrue();
        Map<String, Object> point0 = api.getMap("data.briefing.points[0].evidence[0]");
        assertThat(first.group(1)).isEqualTo("/articles/" + ((Map<?, ?>) point0.get("article")).get("slug") + "?hl="
                + point0.get("start") + "-" + point0.get("end") + "#hl");
    }

    @Test
    void citationLinkHighlightsExactlyTheQuoteAtItsOffsets() {
        JsonPath api = briefing("What does North Korea want?");
        List<Map<String, Object>> sources = api.getList("data.briefing.sources");
        for (Map<String, Object> s : sources) {
            Map<?, ?> article = (Map<?, ?>) s.get("article");
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            Response r = page("/articles/" + article.get("slug"), "hl", start + "-" + end);
            assertThat(r.statusCode()).isEqualTo(200);
            assertStrictHeaders(r);
            String html = r.asString();
            assertSelfContained(html);
            String marked = highlighted(html);
            assertThat(marked).isEqualTo(s.get("quote"));
            assertThat(((String) article.get("text")).substring(start, end)).isEqualTo(marked);
            assertThat(html).contains("id=\"hl\" tabindex=\"-1\" data-span=\"" + start + "-" + end + "\"");
        }
    }

    /** The text inside every highlight element, tags removed and entities decoded. */
    static String highlighted(String html) {
        Matcher m = Pattern.compile("<mark class=\"hl\"[^>]*>(.*?)</mark>", Pattern.DOTALL).matcher(html);
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (m.find()) {
            if (m.group(0).contains("swatch")) {
                continue;
            }
            text.append(unescaped(m.group(1).replaceAll("<[^>]+>", "")));
            count++;
        }
        assertThat(count).as("highlight elements").isPositive();
        return text.toString();
    }

    @Test
    void articlePageShowsRawTextEvidenceByCertaintyAndArtifactsWithTheirReading() {
        JsonPath api = data("""
                { article(slug: "putin-visits-pyongyang") { text paragraphs { start end text }
                  artifacts { kind text reading } } }""");
        String html = page("/articles/putin-visits-pyongyang").asString();
        // Every paragraph is there, raw, at its offsets.
        List<Map<String, Object>> paragraphs = api.getList("data.article.paragraphs");
        for (Map<String, Object> p : paragraphs) {
            Matcher m = Pattern.compile("data-start=\"" + p.get("start") + "\" data-end=\"" + p.get("end") + "\" id=\"p\\d+\">(.*?)</(?:p|h2)>",
                    Pattern.DOTALL).matcher(html);
            assertThat(m.find()).as("paragraph at %s", p.get("start")).isTrue();
            assertThat(unescaped(m.group(1).replaceAll("<[^>]+>", ""))).isEqualTo(p.get("text"));
        }
        // Artifacts keep their raw characters; the reading is on hover.
        for (Map<String, Object> a : api.<Map<String, Object>>getList("data.article.artifacts")) {
            String title = "Likely reading: " + (((String) a.get("reading")).isEmpty() ? "nothing (not article text)"
                    : "\u201c" + escaped((String) a.get("reading")) + "\u201d") + "\">";
            int at = html.indexOf(title);
            assertThat(at).as("artifact %s", a.get("text")).isPositive();
            assertThat(unescaped(html.substring(at + title.length()).replaceAll("<[^>]+>", ""))).startsWith((String) a.get("text"));
        }
        assertThat(html).contains("class=\"ev c-confirmed\"", "class=\"ev c-claimed\"", "class=\"ev c-reported\"");
        for (String word : List.of("confirmed", "reported", "claimed", "believed", "denied", "unclear", "unreviewed", "scraping artifact")) {
            assertThat(html).contains("swatch\">" + word + "</span>");
        }
    }

    @Test
    void anArticlePageAsksAboutThatArticle() {
        String html = page("/articles/putin-visits-pyongyang").asString();
        assertThat(html).contains("<form class=\"ask\" method=\"get\" action=\"/\"", "<input type=\"hidden\" name=\"article\" value=\"putin-visits-pyongyang\">");
        Response asked = page("/", "q", "What does North Korea want?", "article", "putin-visits-pyongyang");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.asString()).contains("<option value=\"putin-visits-pyongyang\" selected>", "<ol class=\"points\">");
        assertThat(page("/", "article", "putin-visits-pyongyang").asString()).as("the article alone: its overview")
                .contains("<ol class=\"points\">");
    }

    @Test
    void outOfScopeQuestionSaysPlainlyItIsNotCovered() {
        String question = "What does France want?";
        assertThat(briefing(question).getString("data.briefing.coverage")).isEqualTo("NONE");
        Response r = page("/", "q", question);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.asString();
        assertThat(html).contains(">NONE</span>", "Not covered: the articles do not cover this question",
                "class=\"not-covered\" role=\"status\">The articles do not cover this question.");
        assertThat(html).doesNotContain("<ol class=\"points\">");
    }

    @Test
    void flowsAreDrawnFromEveryOfferWithLinksToItsEvidence() {
        JsonPath api = data("{ motives(kind: OFFER) { key actor { slug represents { slug } } evidence { start end article { slug } } } }");
        Response r = page("/flows");
        assertThat(r.statusCode()).isEqualTo(200);
        assertStrictHeaders(r);
        String html = r.asString();
        assertSelfContained(html);
        assertThat(html).contains("<svg", "marker-end=\"url(#arrowhead)\"");
        List<Map<String, Object>> offers = api.getList("data.motives");
        assertThat(offers).isNotEmpty();
        for (Map<String, Object> offer : offers) {
            String key = (String) offer.get("key");
            assertThat(html).contains("href=\"#flow-" + key + "\"", "id=\"flow-" + key + "\"");
            for (Map<?, ?> e : (List<Map<?, ?>>) offer.get("evidence")) {
                assertThat(html).contains("/articles/" + ((Map<?, ?>) e.get("article")).get("slug") + "?hl=" + e.get("start") + "-" + e.get("end") + "#hl");
            }
        }
        // The flows the article describes: arms one way, food, parts and technology the other, support at the U.N.
        assertThat(flow(html, "north-korea", "russia")).anyMatch(w -> w.contains("shells") && w.contains("missiles"));
        List<String> toNorthKorea = flow(html, "russia", "north-korea");
        assertThat(toNorthKorea).anyMatch(w -> w.contains("food") && w.contains("materials") && w.contains("parts"));
        assertThat(toNorthKorea).anyMatch(w -> w.contains("technology"));
        assertThat(toNorthKorea).anyMatch(w -> w.contains("support") && w.contains("United Nations"));
        assertThat(page("/flows", "article", "putin-visits-pyongyang").asString()).contains("id=\"flow-north-korea-offers-shells-and-missiles\"");
    }

    @Test
    void timelineListsDatedEvidenceInTimeOrderWithLinksToTheQuotes() {
        JsonPath api = data("{ timeline(article: \"putin-visits-pyongyang\") { value evidence { start end } } }");
        List<Map<String, Object>> entries = api.getList("data.timeline");
        assertThat(entries).hasSizeGreaterThanOrEqualTo(10);
        Response r = page("/timeline", "article", "putin-visits-pyongyang");
        assertThat(r.statusCode()).isEqualTo(200);
        assertStrictHeaders(r);
        String html = r.asString();
        assertSelfContained(html);
        int at = 0;
        for (Map<String, Object> e : entries) {
            Map<?, ?> ev = (Map<?, ?>) e.get("evidence");
            int next = html.indexOf("<time>" + e.get("value") + "</time>", at);
            assertThat(next).as("entry " + e.get("value") + " in the API's order").isGreaterThanOrEqualTo(at);
            assertThat(html.indexOf("?hl=" + ev.get("start") + "-" + ev.get("end") + "#hl", next)).isPositive();
            at = next;
        }
        assertThat(page("/timeline", "article", "<script>").statusCode()).isEqualTo(400);
        assertThat(page("/timeline", "article", "<script>").asString()).doesNotContain("<script>");
    }

    /** What flows from one party to another, as the evidence list under the diagram states it. */
    static List<String> flow(String html, String from, String to) {
        Matcher m = Pattern.compile("data-from=\"" + from + "\" data-to=\"" + to + "\">\\s*<h3>.*?<span class=\"what\">(.*?)</span>", Pattern.DOTALL)
                .matcher(html);
        List<String> what = new ArrayList<>();
        while (m.find()) {
            what.add(unescaped(m.group(1)));
        }
        return what;
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "What does <b>North Korea</b> want?",
            "' onmouseover='alert(1)", "{page.error} {#for x in y}{/for} {|raw|}"})
    void markupInTheQuestionIsEscaped(String question) {
        Response r = page("/", "q", question);
        assertThat(r.statusCode()).isIn(200, 400);
        String html = r.asString();
        assertThat(html).contains("value=\"" + escaped(question) + "\"").doesNotContain(question.contains("<") ? question : "\u0000");
        assertSelfContained(html);
    }

    @Test
    void tooLongQuestionGetsTheNormalErrorOnThePage() {
        String question = "<script>x</script>".repeat(40);
        Response r = page("/", "q", question);
        assertThat(r.statusCode()).isEqualTo(400);
        assertStrictHeaders(r);
        assertThat(r.asString()).contains("role=\"alert\"", "is too long (" + question.length() + " characters; at most 500)")
                .doesNotContain("<script>x");
        // The longest question the form sends, in Korean (4,500 bytes once percent-encoded), is answered.
        assertThat(page("/", "q", "\uBD81\uD55C".repeat(250)).statusCode()).isEqualTo(200);
        // Longer than any request line the server accepts: refused by the HTTP layer, still not a 5xx.
        assertThat(page("/", "q", "x".repeat(9000)).statusCode()).isBetween(400, 499);
        assertThat(rawStatus("/?q=&actor=&topic=&facet=&depth=")).isEqualTo(400);
        assertThat(rawStatus("/")).isEqualTo(200);
    }

    @Test
    void badPickersAndHighlightsAreClientErrorsShownEscaped() {
        String hostile = "<img src=x onerror=alert(1)>";
        for (String name : List.of("actor", "topic", "article", "facet", "depth")) {
            Response r = page("/", "q", "What does North Korea want?", name, hostile);
            assertThat(r.statusCode()).as(name).isEqualTo(400);
            assertThat(r.asString()).contains("role=\"alert\"", escaped(hostile)).doesNotContain(hostile);
        }
        assertThat(page("/", "actor", "north-korea", "facet", "offers").statusCode()).isEqualTo(200);
        for (String hl : List.of(hostile, "9-3", "0-99999999", "999999999-9999999999", "-", "1-2-3", "x".repeat(3000))) {
            Response r = page("/articles/putin-visits-pyongyang", "hl", hl);
            assertThat(r.statusCode()).as(hl).isEqualTo(400);
            assertThat(r.asString()).contains("role=\"alert\"", "data-start=\"0\"").doesNotContain(hostile).doesNotContain("id=\"hl\"");
        }
        Response missing = given().when().get("/articles/{slug}", "<script>alert(1)</script>").then().extract().response();
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.asString()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(page("/flows", "article", hostile).statusCode()).isEqualTo(400);
        assertThat(page("/flows", "article", hostile).asString()).doesNotContain(hostile).contains("<svg");
    }

    @Test
    void malformedQueryStringsAreNotServerErrors() {
        for (String raw : List.of("/?q=%ZZ", "/?q=%", "/?q=%00%01", "/?q=%E2%82", "/articles/putin-visits-pyongyang?hl=%ZZ",
                "/flows?article=%", "/?q=a&q=b&actor=&topic=")) {
            int status = rawStatus(raw);
            assertThat(status).as(raw).isLessThan(500);
        }
    }

    /** The status line of a GET sent as raw bytes, so that no client library tidies the target up. */
    static int rawStatus(String target) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void staticFilesAndTheApiStillWork() {
        given().when().get("/reader/reader.css").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/css"));
        given().when().get("/reader/reader.js").then().statusCode(200);
        given().when().get("/articles").then().statusCode(200).header("Content-Security-Policy", org.hamcrest.Matchers.notNullValue());
        given().when().get("/q/graphql-ui/").then().statusCode(200);
        assertThat(briefing("What does North Korea want?").getString("data.briefing.coverage")).isEqualTo("FULL");
        given().when().get("/graphql?query=%7B__typename%7D").then().statusCode(200);
    }
}
