package io.briefing.curation;

import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.GraphQL;
import io.briefing.article.Article;
import io.briefing.article.ArticleOrigin;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.3: eight concurrent 200 KB ingestions used to take 7-90 s each (one full snapshot
 * rebuild per write, in series), hit the transaction timeout and break the store. Now: ten land,
 * with fewer rebuilds than writes, capped candidates, and briefings keep answering meanwhile.
 */
@QuarkusTest
class ConcurrentIngestionTest {

    static final int WRITERS = 10;
    static final int BYTES = 200 * 1024;

    @Inject
    KnowledgeSnapshots snapshots;

    @AfterEach
    void removeIngestedArticles() {
        QuarkusTransaction.requiringNew().run(() -> Article.delete("origin = ?1", ArticleOrigin.INGESTED));
        snapshots.refresh();
    }

    @Test
    void tenLargeArticlesIngestedAtOnceAllLandWhileBriefingsKeepAnswering() throws Exception {
        int before = data(CurationTest.ARTICLE_COUNT).getInt("data.articles.totalCount");
        long rebuildsBefore = snapshots.rebuilds();
        boolean measure = Boolean.getBoolean("briefing.test.histogram");
        java.util.Map<String, long[]> heapBefore = measure ? histogram() : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((GraphQL.EDITOR + ":" + GraphQL.EDITOR_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> probeMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> probeFailures = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> probe = CompletableFuture.runAsync(() -> {
            String body = new JsonObject().put("query", "{ briefing(question: \"What does North Korea want?\") { coverage points { statement } } }").encode();
            while (writing.get()) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(post(body, null).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    JsonObject json = new JsonObject(r.body());
                    if (r.statusCode() != 200 || json.containsKey("errors") || !"FULL".equals(json.getJsonObject("data").getJsonObject("briefing").getString("coverage"))) {
                        probeFailures.add(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    probeFailures.add(e.toString());
                }
                probeMillis.add((System.nanoTime() - started) / 1_000_000);
                sleep(100);
            }
        });

        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<CompletableFuture<JsonObject>> results = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < WRITERS; i++) {
                String text = SyntheticArticles.text(1000 + i, BYTES);
                assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(BYTES - 1000, BYTES);
                String body = new JsonObject().put("query", "mutation($i: ArticleInput!) { ingestArticle(input: $i) { created article { slug } candidates { key } } }")
                        .put("variables", new JsonObject().put("i", new JsonObject().put("title", "Load test " + i).put("text", text))).encode();
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        HttpResponse<String> r = http.send(post(body, auth).timeout(Duration.ofSeconds(170)).build(), HttpResponse.BodyHandlers.ofString());
                        return new JsonObject(r.body()).put("status", r.statusCode());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, writers));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);
        } finally {
            writing.set(false);
            writers.shutdownNow();
        }
        probe.get(20, TimeUnit.SECONDS);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        long rebuilds = snapshots.rebuilds() - rebuildsBefore;
        if (measure) {
            java.util.Map<String, long[]> heapAfter = histogram();
            heapAfter.entrySet().stream()
                    .map(e -> java.util.Map.entry(e.getKey(), new long[] {e.getValue()[0] - heapBefore.getOrDefault(e.getKey(), new long[2])[0],
                            e.getValue()[1] - heapBefore.getOrDefault(e.getKey(), new long[2])[1]}))
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                    .forEach(e -> System.out.printf("heap delta %12d bytes %9d instances  %s%n", e.getValue()[1], e.getValue()[0], e.getKey()));
            System.out.printf("heap delta total %d bytes%n", heapAfter.values().stream().mapToLong(v -> v[1]).sum()
                    - heapBefore.values().stream().mapToLong(v -> v[1]).sum());
        }

        for (CompletableFuture<JsonObject> result : results) {
            JsonObject json = result.get();
            assertThat(json.getInteger("status")).isEqualTo(200);
            assertThat(json.getJsonArray("errors")).as(json.encode().substring(0, Math.min(2000, json.encode().length()))).isNull();
            JsonObject payload = json.getJsonObject("data").getJsonObject("ingestArticle");
            assertThat(payload.getBoolean("created")).isTrue();
            JsonArray candidates = payload.getJsonArray("candidates");
            // The generated text has thousands of candidate sentences; the configured cap keeps 100.
            assertThat(candidates.size()).isEqualTo(100);
        }
        assertThat(data(CurationTest.ARTICLE_COUNT).getInt("data.articles.totalCount")).isEqualTo(before + WRITERS);
        List<Long> sorted = new ArrayList<>(probeMillis);
        Collections.sort(sorted);
        System.out.printf("ConcurrentIngestionTest: %d x %d KB in %d ms, %d snapshot rebuilds; %d probe briefings, p50 %d ms, max %d ms%n",
                WRITERS, BYTES / 1024, elapsed, rebuilds, sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        assertThat(probeFailures).isEmpty();
        assertThat(sorted).isNotEmpty();
        assertThat(sorted.get(sorted.size() - 1)).as("slowest briefing while ingesting, ms").isLessThan(5000);
        // Refreshes requested while a rebuild runs share the next one (proved with a slow loader in
        // KnowledgeSnapshotsTest); here rebuilds are fast, so whether they coalesce depends on timing.
        assertThat(rebuilds).as("snapshot rebuilds for %d writes", WRITERS).isBetween(1L, (long) WRITERS);
    }

    /** Memory investigation aid: the live heap's biggest classes (run with -Dbriefing.test.histogram=true). */
    private static java.util.Map<String, long[]> histogram() throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        java.util.Map<String, long[]> classes = new java.util.HashMap<>();
        for (String line : out.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":") && f[1].matches("\\d+")) {
                classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    private static HttpRequest.Builder post(String body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return auth == null ? b : b.header("Authorization", auth);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
