package io.briefing.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GET requests: the operation type comes from the parsed document, and operationName works. */
@QuarkusTest
public class GetRequestTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** GET with the parameters URL-encoded once, as every client does; Basic credentials of the test editor. */
    private static HttpResponse<String> get(String... params) throws Exception {
        StringBuilder uri = new StringBuilder("http://localhost:" + RestAssured.port + "/graphql");
        for (int i = 0; i < params.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        String basic = java.util.Base64.getEncoder().encodeToString((GraphQL.EDITOR + ":" + GraphQL.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(URI.create(uri.toString())).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMutationHiddenBehindEncodedQuotesIsRefusedAndWritesNothing() throws Exception {
        // Issue 10.4: the filter saw a fragment inside a string; SmallRye decoded %22 and %23 a second time and ran a mutation.
        String hidden = "fragment X on Mutation { createTopic(input: {name: \"Via GET%22}) { slug } } mutation { ...X } %23\"}) { slug } }";
        HttpResponse<String> response = get("query", hidden);
        assertThat(response.statusCode()).isNotEqualTo(500);
        assertThat(response.body()).doesNotContain("\"createTopic\":{");
        assertThat(GraphQL.data("{ topics { name } }").getList("data.topics.name", String.class)).noneMatch(n -> n.startsWith("Via GET"));
        // The same document without the trick is refused with 405.
        HttpResponse<String> plain = get("query", "fragment X on Mutation { createTopic(input: {name: \"Via GET\"}) { slug } } mutation { ...X }");
        assertThat(plain.statusCode()).isEqualTo(405);
        assertThat(plain.body()).contains("Mutations are not allowed over GET");
        assertThat(GraphQL.data("{ topics { name } }").getList("data.topics.name", String.class)).doesNotContain("Via GET");
    }

    @Test
    void aMutationChosenByOperationNameIsRefused() throws Exception {
        String doc = "query Q { __typename } mutation M { createTopic(input: {name: \"Chosen over GET\"}) { slug } }";
        assertThat(get("query", doc, "operationName", "M").statusCode()).isEqualTo(405);
        assertThat(get("query", doc).statusCode()).isEqualTo(405);
        HttpResponse<String> query = get("query", doc, "operationName", "Q");
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains("\"__typename\":\"Query\"");
    }

    @Test
    void operationNameSelectsTheOperation() throws Exception {
        String doc = "query Actors { actors { slug } } query Topics { topics { slug } } fragment T on Topic { name }";
        HttpResponse<String> topics = get("query", doc, "operationName", "Topics");
        assertThat(topics.statusCode()).isEqualTo(200);
        assertThat(topics.body()).contains("\"topics\"").doesNotContain("\"actors\"").doesNotContain("errors");
        HttpResponse<String> single = get("query", "query Only { __typename }", "operationName", "Only");
        assertThat(single.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        HttpResponse<String> unknown = get("query", "query Only { __typename }", "operationName", "Nope");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No operation named 'Nope'");
    }

    @Test
    void valuesWithPercentSignsAndNewlinesArriveIntact() throws Exception {
        HttpResponse<String> response = get("query", "query ($s: String!) { actor(slug: $s) { slug } }\n# a comment %41 ends here\n",
                "variables", "{\"s\": \"north%2Dkorea\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        // The variable is looked up as sent (no second decoding into "north-korea"), so nothing matches.
        assertThat(response.body()).isEqualTo("{\"data\":{\"actor\":null}}");
        HttpResponse<String> ok = get("query", "query ($s: String!) { actor(slug: $s) { slug } }", "variables", "{\"s\": \"north-korea\"}");
        assertThat(ok.body()).contains("\"slug\":\"north-korea\"");
    }
}
