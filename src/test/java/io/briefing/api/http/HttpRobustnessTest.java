package io.briefing.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Fires a corpus of hostile and malformed requests (hand-written and generated, well over 200) at
 * the GraphQL endpoint and checks every answer: never a 5xx, always a GraphQL-shaped JSON body,
 * never a stack trace or an exception class name.
 */
@QuarkusTest
public class HttpRobustnessTest {

    private static final Set<Integer> ALLOWED = Set.of(200, 400, 403, 405, 406, 413, 415);
    private static final String[] VALID = {
        "{ __typename }",
        "{ actors { slug name aliases } }",
        "{ briefing(question: \"What does North Korea want?\") { headline points { statement } } }",
        "{ evidence(first: 5) { nodes { quote start end } pageInfo { endCursor } } }",
        "query Q($s: String!) { actor(slug: $s) { slug } }",
        "{ article(slug: \"putin-visits-pyongyang\") { title artifacts { kind } } }",
        "mutation { createTopic(input: {name: \"x\"}) { slug } }",
    };

    record Probe(String label, Supplier<Response> send) {
    }

    /** What came back: status and body. */
    record Response(int statusCode, String body) {
        String asString() {
            return body;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Response send(String method, String pathAndQuery, String contentType, String accept, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + pathAndQuery))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (accept != null) {
                request.header("Accept", accept);
            }
            var response = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response post(String contentType, String accept, String body) {
        return send("POST", "/graphql", contentType, accept, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Response get(String... params) {
        StringBuilder query = new StringBuilder("/graphql");
        for (int i = 0; i < params.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(params[i]).append('=')
                    .append(java.net.URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return send("GET", query.toString(), null, null, null);
    }

    @Test
    void everyRequestInTheCorpusGetsACleanAnswer() {
        List<Probe> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        List<String> failures = new ArrayList<>();
        for (Probe probe : corpus) {
            Response response = probe.send().get();
            int status = response.statusCode();
            String body = response.asString();
            if (!ALLOWED.contains(status)) {
                failures.add(probe.label() + " -> HTTP " + status);
                continue;
            }
            if (!body.startsWith("{") || !(body.contains("\"data\"") || body.contains("\"errors\""))) {
                failures.add(probe.label() + " -> not a GraphQL response: " + abbreviate(body));
                continue;
            }
            if (body.matches("(?s).*(Exception|\\bat (java|io|org)\\.|java\\.lang|\\.java:\\d+).*")) {
                failures.add(probe.label() + " -> leaks internals: " + abbreviate(body));
            }
            if (body.length() > 20_000 && !probe.label().startsWith("query ")) {
                failures.add(probe.label() + " -> echoes " + body.length() + " characters");
            }
            if (status != 200 && !body.contains("\"errors\"")) {
                failures.add(probe.label() + " -> error status without errors: " + abbreviate(body));
            }
        }
        assertThat(failures).as("requests answered badly out of " + corpus.size()).isEmpty();
        // Nothing in the corpus may have written through GET or from a foreign origin.
        assertThat(io.briefing.GraphQL.data("{ topics { name } }").getList("data.topics.name", String.class))
                .noneMatch(name -> name.startsWith("Via GET") || name.equals("x"));
    }

    @Test
    void graphiqlsDuplicatedContentTypeIsAccepted() {
        // GraphiQL's fetcher sends Content-Type twice; the headers arrive joined by a comma.
        Response response = post("application/json, application/json", "application/graphql-response+json, application/json",
                "{\"query\": \"{ __typename }\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"__typename\":\"Query\"");
    }

    @Test
    void contentIsNegotiated() throws Exception {
        var modern = CLIENT.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .POST(BodyPublishers.ofString("{\"query\": \"{ nope }\"}")).build(), BodyHandlers.ofString());
        assertThat(modern.statusCode()).isEqualTo(400);
        assertThat(modern.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphql-response+json");
        var legacy = CLIENT.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"query\": \"{ nope }\"}")).build(), BodyHandlers.ofString());
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(legacy.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(get("query", "mutation { deleteTopic(slug: \"x\", version: 1) { key } }").statusCode()).isEqualTo(405);
        assertThat(get("query", "{ __typename }").body()).contains("Query");
        assertThat(post("text/plain", null, "{ __typename }").statusCode()).isEqualTo(415);
        assertThat(post("application/json", null, "{\"query\":").statusCode()).isEqualTo(400);
    }

    private static List<Probe> corpus() {
        List<Probe> probes = new ArrayList<>();
        // Hand-written: transport-level mistakes.
        probes.add(raw("empty body", "application/json", ""));
        probes.add(raw("malformed JSON", "application/json", "{\"query\":"));
        probes.add(raw("JSON array", "application/json", "[1,2,3]"));
        probes.add(raw("JSON string", "application/json", "\"{ __typename }\""));
        probes.add(raw("JSON null", "application/json", "null"));
        probes.add(raw("no query", "application/json", "{}"));
        probes.add(raw("query is a number", "application/json", "{\"query\": 42}"));
        probes.add(raw("query is an object", "application/json", "{\"query\": {\"a\": 1}}"));
        probes.add(raw("variables is a string", "application/json", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}"));
        probes.add(raw("variables is an array", "application/json", "{\"query\": \"{ __typename }\", \"variables\": [1]}"));
        probes.add(raw("operationName is a number", "application/json", "{\"query\": \"{ __typename }\", \"operationName\": 7}"));
        probes.add(raw("unknown operationName", "application/json", "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}"));
        probes.add(raw("two operations, none chosen", "application/json", "{\"query\": \"query A { __typename } query B { __typename }\"}"));
        probes.add(raw("extensions is a string", "application/json", "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}"));
        probes.add(raw("text/plain", "text/plain", "{ __typename }"));
        probes.add(raw("form encoded", "application/x-www-form-urlencoded", "query=%7B__typename%7D"));
        probes.add(raw("application/graphql", "application/graphql", "{ __typename }"));
        probes.add(raw("xml", "application/xml", "<query/>"));
        probes.add(raw("charset parameter", "application/json; charset=utf-8", "{\"query\": \"{ __typename }\"}"));
        probes.add(raw("invalid UTF-8", "application/json", "{\"query\": \"{ actor(slug: \\\"\u00ff\u00fe\\\") { slug } }\"}"));
        probes.add(new Probe("no content type", () -> post(null, null, "{\"query\": \"{ __typename }\"}")));
        probes.add(new Probe("PUT", () -> send("PUT", "/graphql", "application/json", null, "{}".getBytes(StandardCharsets.UTF_8))));
        probes.add(new Probe("DELETE", () -> send("DELETE", "/graphql", null, null, null)));
        probes.add(new Probe("PATCH", () -> send("PATCH", "/graphql", "application/json", null, "{}".getBytes(StandardCharsets.UTF_8))));
        probes.add(new Probe("GET without query", () -> get()));
        probes.add(new Probe("GET query", () -> get("query", "{ __typename }")));
        probes.add(new Probe("GET mutation", () -> get("query", "mutation { deleteTopic(slug: \"x\", version: 1) { key } }")));
        probes.add(new Probe("GET bad variables", () -> get("query", "{ __typename }", "variables", "{nope")));
        probes.add(new Probe("GET variables array", () -> get("query", "{ __typename }", "variables", "[]")));
        probes.add(new Probe("Accept xml", () -> post("application/json", "application/xml", "{\"query\": \"{ __typename }\"}")));
        probes.add(new Probe("Accept modern, syntax error", () -> post("application/json", "application/graphql-response+json", "{\"query\": \"{\"}")));
        probes.add(new Probe("Accept modern, unknown field", () -> post("application/json", "application/graphql-response+json", "{\"query\": \"{ nope }\"}")));
        probes.add(new Probe("Accept modern, bad variable", () -> post("application/json", "application/graphql-response+json",
                "{\"query\": \"query ($f: Int) { evidence(first: $f) { totalCount } }\", \"variables\": {\"f\": \"x\"}}")));
        probes.add(new Probe("oversized body", () -> post("application/json", null,
                "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "a".repeat(600_000) + "\"}}")));
        // Hand-written: GraphQL-level mistakes.
        for (String query : List.of("{", "}", "{ __typename", "query {", "{ nope }", "{ actors { nope } }", "{ actors }",
                "{ actor { slug } }", "{ actor(slug: 1) { slug } }", "{ actor(slug: null) { slug } }", "{ evidence(first: \"x\") { totalCount } }",
                "{ evidence(first: -1) { totalCount } }", "{ evidence(first: 2147483647) { totalCount } }", "{ evidence(first: 99999999999) { totalCount } }",
                "{ evidence(kind: NOPE) { totalCount } }", "{ evidence(after: \"\") { totalCount } }", "{ evidence(after: \"%%%\") { totalCount } }",
                "{ briefing { headline } }", "{ briefing(question: \"\") { headline } }", "{ briefing(question: \"   \") { headline } }",
                "{ briefing(depth: LONG) { headline } }", "{ briefing(maxPoints: 1000, question: \"x\") { headline } }",
                "{ briefing(question: \"" + "why ".repeat(200) + "\") { headline } }", "{ briefing(actor: \"\", facet: MOTIVES) { headline } }",
                "{ topic(slug: \"" + "x".repeat(5000) + "\") { slug } }", "subscription { nope }", "fragment F on Actor { slug }",
                "{ ...F } fragment F on Actor { slug }", "{ actors { ...F } } fragment F on Actor { ...F }",
                "query ($a: Int) { __typename }", "query ($a: Nope) { __typename }", "{ __schema { types { name } } }",
                "{ __type(name: \"Briefing\") { fields { name } } }", "{ actors { slug } actors { name } }",
                "{ a: actors { slug } a: topics { slug } }", "mutation { ingestArticle(input: {title: \"t\", text: \"x\"}) { created } }",
                "mutation { nope }", "{ article(slug: \"\\u0000\") { slug } }", "{ actor(slug: \"\\uD800\") { slug } }",
                "{ briefing(question: \"\\u202Ewhat does north korea want\") { headline } }", "{ briefing(question: \"👍🏽 ✓ 北朝鮮 ¿qué quiere Corea del Norte?\") { headline coverage } }",
                "{ briefing(question: \"<script>alert(1)</script>\") { markdown } }", "{ briefing(question: \"'; DROP TABLE article; --\") { headline } }",
                "#comment only", "query { __typename } # trailing", "{ actors(kind: PERSON) { slug represents { represents { slug } } } }")) {
            probes.add(graphql("query " + query.length() + ":" + abbreviate(query), query, null));
        }
        // Deep nesting and wide documents.
        probes.add(graphql("deep selection", "{ actors " + "{ represents ".repeat(40) + "{ slug }" + " }".repeat(40) + " }", null));
        probes.add(graphql("deep input", "query { briefing(question: \"x\") " + "{ points ".repeat(30) + "}".repeat(30) + " }", null));
        probes.add(graphql("many aliases", "{ " + "x: __typename ".repeat(3000) + "}", null));
        probes.add(graphql("nested list input", "mutation { createMotive(input: {actor: \"x\", kind: GOAL, statement: \"s\", evidence: " + "[".repeat(50) + "\"a\"" + "]".repeat(50) + "}) { key } }", null));
        probes.add(graphql("wrong variable types", "query ($f: Int) { evidence(first: $f) { totalCount } }", "{\"f\": \"abc\"}"));
        probes.add(graphql("variable object for string", "query ($s: String!) { actor(slug: $s) { slug } }", "{\"s\": {\"a\": 1}}"));
        probes.add(graphql("missing required variable", "query ($s: String!) { actor(slug: $s) { slug } }", "{}"));
        probes.add(graphql("huge string variable", "query ($s: String!) { actor(slug: $s) { slug } }", "{\"s\": \"" + "y".repeat(100_000) + "\"}"));
        probes.add(graphql("null variables", "{ __typename }", "null"));
        probes.add(graphql("variable input object with extra field",
                "mutation ($i: TopicInput!) { createTopic(input: $i) { slug } }", "{\"i\": {\"name\": \"x\", \"nope\": 1}}"));
        probes.add(graphql("float for int", "{ evidence(first: 1.5) { totalCount } }", null));
        // Issue 10: hostile documents measured before execution, GET and cross-site tricks, long echoes.
        probes.add(graphql("fragment bomb 2^24", io.briefing.api.limits.Documents.fragmentBomb(24), null));
        probes.add(graphql("fragment bomb 2^200", io.briefing.api.limits.Documents.fragmentBomb(200), null));
        probes.add(graphql("1000 aliased briefings", io.briefing.api.limits.Documents.aliasedBriefings(1000), null));
        probes.add(graphql("deep introspection", "{ __schema { types " + "{ fields { type ".repeat(10) + "{ name }" + " } }".repeat(10) + " } }", null));
        probes.add(graphql("wide connection", "{ evidence(first: 100) { nodes { " + "quote ".repeat(30) + "} } }", null));
        probes.add(new Probe("GET mutation behind %22/%23", () -> get("query",
                "fragment X on Mutation { createTopic(input: {name: \"Via GET%22}) { slug } } mutation { ...X } %23\"}) { slug } }")));
        probes.add(new Probe("GET mutation chosen by operationName", () -> get("query",
                "query Q { __typename } mutation M { createTopic(input: {name: \"x\"}) { slug } }", "operationName", "M")));
        probes.add(new Probe("GET unknown operationName", () -> get("query", "query Q { __typename }", "operationName", "N".repeat(5000))));
        probes.add(new Probe("GET percent signs", () -> get("query", "{ actor(slug: \"%%%\") { slug } }")));
        probes.add(raw("text/plain;,application/json", "text/plain;,application/json", "{\"query\": \"{ __typename }\"}"));
        probes.add(raw("json then text", "application/json, text/plain", "{\"query\": \"{ __typename }\"}"));
        probes.add(raw("latin1 charset", "application/json; charset=latin1", "{\"query\": \"{ __typename }\"}"));
        probes.add(new Probe("foreign Origin mutation", () -> {
            try {
                var response = CLIENT.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                        .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                        .POST(BodyPublishers.ofString("{\"query\": \"mutation { createTopic(input: {name: \\\"x\\\"}) { slug } }\"}")).build(),
                        BodyHandlers.ofString());
                return new Response(response.statusCode(), response.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        probes.add(raw("200 KB operationName", "application/json", "{\"query\": \"{ __typename }\", \"operationName\": \"" + "N".repeat(200_000) + "\"}"));
        probes.add(graphql("100 KB unknown field", "{ " + "f".repeat(100_000) + " }", null));
        // Generated: truncations, byte noise and random unicode over valid documents.
        Random random = new Random(20261128);
        for (String valid : VALID) {
            for (int cut = 1; cut < valid.length(); cut += Math.max(1, valid.length() / 12)) {
                String truncated = valid.substring(0, cut);
                probes.add(graphql("truncated " + abbreviate(truncated), truncated, null));
            }
            for (int i = 0; i < 8; i++) {
                char[] chars = valid.toCharArray();
                for (int j = 0; j < 3; j++) {
                    chars[random.nextInt(chars.length)] = (char) (random.nextInt(0x2FFF) + 1);
                }
                String noisy = new String(chars);
                probes.add(graphql("noise " + i + " " + abbreviate(noisy), noisy, null));
            }
        }
        for (int i = 0; i < 30; i++) {
            StringBuilder question = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                question.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x1F600 - 0x20) + 0x20 : 'a' + random.nextInt(26));
            }
            probes.add(graphql("random question " + i, "query ($q: String) { briefing(question: $q) { coverage headline } }",
                    io.vertx.core.json.Json.encode(java.util.Map.of("q", question.toString()))));
        }
        return probes;
    }

    private static Probe raw(String label, String contentType, String body) {
        // ISO-8859-1 so that the "invalid UTF-8" probe really sends bytes that are not UTF-8.
        return new Probe(label, () -> send("POST", "/graphql", contentType, null, body.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static Probe graphql(String label, String query, String variablesJson) {
        String body = "{\"query\": " + io.vertx.core.json.Json.encode(query) + (variablesJson == null ? "" : ", \"variables\": " + variablesJson) + "}";
        return new Probe(label, () -> post("application/json", null, body));
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
