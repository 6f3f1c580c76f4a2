package io.briefing.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.briefing.GraphQLSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14: two instances of the packaged PostgreSQL build on one database. Skipped unless
 * {@code briefing.pg.url} (or BRIEFING_PG_URL) names the database; pg/it.sh creates a throwaway
 * cluster, builds the jar and runs this class with:
 * <ul>
 * <li>briefing.pg.url: JDBC URL of an empty database the user may drop and recreate the public schema of</li>
 * <li>briefing.pg.user / briefing.pg.password (default briefing/briefing)</li>
 * <li>briefing.pg.jar: the PostgreSQL build's quarkus-run.jar (default target/pg-app/quarkus-run.jar)</li>
 * <li>briefing.pg.stop / briefing.pg.start: shell commands that stop and start the cluster</li>
 * </ul>
 * The methods run in order and share the two replicas (starting them costs most of the time).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresReplicasIT {

    static final String EDITOR = "editor";
    static final String PASSWORD = "replica-test-password";
    static final String QUESTION = "What did Putin say about the railway bridge over the %s?";

    static String url;
    static String user;
    static String password;
    static Path logs;
    static Replica a;
    static Replica b;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();

    @BeforeAll
    static void startTwoReplicasAtOnce() throws Exception {
        url = setting("briefing.pg.url", "BRIEFING_PG_URL").orElse(null);
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL cluster configured (briefing.pg.url); see pg/it.sh");
        user = setting("briefing.pg.user", "BRIEFING_PG_USER").orElse("briefing");
        password = setting("briefing.pg.password", "BRIEFING_PG_PASSWORD").orElse("briefing");
        logs = Files.createDirectories(Path.of("target", "pg-it"));
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
        // Both start on the empty database together: Flyway and the curated-file loader must each
        // run once, the other replica waiting and then skipping.
        a = new Replica("A");
        b = new Replica("B");
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopReplicas() {
        for (Replica r : new Replica[] {a, b}) {
            if (r != null) {
                r.process.destroy();
            }
        }
    }

    @Test
    @Order(1)
    void bothStartedTogetherAndTheCuratedBaseWasAppliedOnce() throws Exception {
        assertThat(count("select count(*) from change_record where operation = 'applyCuratedBase'")).isEqualTo(1);
        assertThat(count("select count(*) from article")).isEqualTo(1);
        // Each migration once (V1 the knowledge base, V2 review status), however many replicas started.
        assertThat(count("select count(*) from flyway_schema_history where success")).isEqualTo(2);
        // One replica applied the file; the other waited on the lock, then found it applied.
        assertThat(List.of(a.log().contains("applied ("), b.log().contains("applied ("))).containsExactlyInAnyOrder(true, false);
        assertThat(List.of(a.log().contains("unchanged since last start"), b.log().contains("unchanged since last start")))
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    @Order(2)
    void anArticleIngestedThroughAIsBriefedByBWithinTwoSeconds() throws Exception {
        String river = "river " + word();
        String slug = a.ingest("Putin promises a bridge over the " + river, article(river)).getJsonObject("article").getString("slug");
        long committed = System.nanoTime();
        String question = QUESTION.formatted(river);
        boolean cited = waitFor(Duration.ofSeconds(2), () -> b.briefingCites(question, slug));
        long millis = (System.nanoTime() - committed) / 1_000_000;
        System.out.printf("PostgresReplicasIT: B briefed A's article after %d ms%n", millis);
        assertThat(cited).as("B cites the article A ingested within 2 s").isTrue();
        assertThat(b.data("{ article(slug: \"" + slug + "\") { slug } }").getJsonObject("article")).isNotNull();
    }

    @Test
    @Order(3)
    void aSubscriptionOnBSeesAChangeMadeOnA() throws Exception {
        try (GraphQLSocket ws = GraphQLSocket.open("127.0.0.1", b.port)) {
            ws.subscribe("k", "subscription { knowledgeChanged { generation } }");
            Thread.sleep(300);
            ws.messages.clear();
            String slug = "replica-topic-" + word();
            long started = System.nanoTime();
            a.data(editor("mutation { createTopic(input: {slug: \"" + slug + "\", name: \"Replica topic\"}) { slug } }"));
            String next = ws.messages.poll(3, TimeUnit.SECONDS);
            System.out.printf("PostgresReplicasIT: B's subscription saw A's change after %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(next).as("a knowledgeChanged event on B").isNotNull().contains("\"type\":\"next\"").contains("generation");
            assertThat(b.data("{ topic(slug: \"" + slug + "\") { slug } }").getJsonObject("topic")).isNotNull();
        }
    }

    @Test
    @Order(4)
    void theSameArticleIngestedOnBothAtOnceIsStoredOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String river = "river " + word();
            String title = "Same text on two replicas " + round;
            String text = article(river);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<JsonObject> onA = CompletableFuture.supplyAsync(() -> await(go, () -> a.ingest(title, text)));
            CompletableFuture<JsonObject> onB = CompletableFuture.supplyAsync(() -> await(go, () -> b.ingest(title, text)));
            go.countDown();
            JsonObject first = onA.get(60, TimeUnit.SECONDS);
            JsonObject second = onB.get(60, TimeUnit.SECONDS);
            assertThat(first.getJsonObject("article").getString("slug")).isEqualTo(second.getJsonObject("article").getString("slug"));
            assertThat(List.of(first.getBoolean("created"), second.getBoolean("created"))).containsExactlyInAnyOrder(true, false);
            assertThat(count("select count(*) from article where title = ?", title)).isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void aStaleVersionOnBIsRefusedAfterAWrote() throws Exception {
        String slug = "replica-version-" + word();
        int v1 = a.data(editor("mutation { createTopic(input: {slug: \"" + slug + "\", name: \"Version one\"}) { version } }"))
                .getJsonObject("createTopic").getInteger("version");
        String update = "mutation { updateTopic(input: {slug: \"" + slug + "\", version: %d, name: \"%s\"}) { version } }";
        a.data(editor(update.formatted(v1, "Written on A")));
        JsonObject refused = b.post(update.formatted(v1, "Stale write on B"), true);
        assertThat(code(refused)).as(refused.encode()).isEqualTo("conflict");
        waitFor(Duration.ofSeconds(2), () -> "Written on A".equals(nameOfTopic(b, slug)));
        assertThat(nameOfTopic(b, slug)).isEqualTo("Written on A");
        assertThat(count("select count(*) from topic where slug = ? and name = 'Written on A'", slug)).isEqualTo(1);
    }

    @Test
    @Order(6)
    void killingAInTheMiddleOfAnIngestLeavesNoPartialArticleAndBKeepsServing() throws Exception {
        int changesBefore = count("select count(*) from change_record");
        String title = "Killed mid-ingest " + word();
        String text = longArticle(190 * 1024);
        CompletableFuture<Void> request = CompletableFuture.runAsync(() -> {
            try {
                a.post(mutationIngest(title, text), true);
            } catch (Exception expected) {
                // the connection dies with the process
            }
        });
        // Kill while A is inside the ingest's transaction (an insert of it seen in pg_stat_activity).
        boolean inTransaction = waitFor(Duration.ofSeconds(60), () -> {
            try {
                return count("select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                        + " and xact_start is not null and query ilike 'insert into%'") > 0;
            } catch (Exception e) {
                return false;
            }
        });
        a.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        System.out.printf("PostgresReplicasIT: A killed %s its ingest transaction%n", inTransaction ? "inside" : "outside (not seen)");
        request.exceptionally(e -> null).get(15, TimeUnit.SECONDS);
        int articles = count("select count(*) from article where title = ?", title);
        int logged = count("select count(*) from change_record c join article a on c.target_key = a.slug where a.title = ?", title);
        System.out.printf("PostgresReplicasIT: after kill -9, article stored: %d (its change record: %d)%n", articles, logged);
        // All or nothing: no article, or the article with its change record and its candidates.
        assertThat(logged).isEqualTo(articles);
        if (articles == 1) {
            assertThat(count("select count(*) from evidence e join article a on e.article_id = a.id where a.title = ?", title)).isPositive();
        }
        assertThat(count("select count(*) from change_record")).isBetween(changesBefore, changesBefore + 1);
        assertThat(b.briefingCoverage("What does North Korea want?")).isEqualTo("FULL");
        a = new Replica("A2");
        a.awaitReady();
    }

    @Test
    @Order(7)
    void withPostgresStoppedWritesFailClearlyReadsAnswerAndBothHealWhenItReturns() throws Exception {
        String stop = setting("briefing.pg.stop", "BRIEFING_PG_STOP").orElse(null);
        String start = setting("briefing.pg.start", "BRIEFING_PG_START").orElse(null);
        assumeTrue(stop != null && start != null, "no stop/start commands for the cluster");
        shell(stop);
        try {
            long started = System.nanoTime();
            JsonObject refused = a.post("mutation { createTopic(input: {name: \"While the database is down\"}) { slug } }", true);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("PostgresReplicasIT: write with the database down refused in %d ms: %s%n", millis, refused.encode());
            assertThat(code(refused)).as(refused.encode()).isEqualTo("database-unavailable");
            assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("message")).contains("database is unavailable");
            assertThat(a.briefingCoverage("What does North Korea want?")).isEqualTo("FULL");
            assertThat(b.briefingCoverage("What does North Korea want?")).isEqualTo("FULL");
            assertThat(b.data("{ articles { totalCount } }").getJsonObject("articles").getInteger("totalCount")).isPositive();
        } finally {
            shell(start);
        }
        // Both heal on their own: a write through each is accepted again and reaches the other.
        String slugA = "healed-on-a-" + word();
        String slugB = "healed-on-b-" + word();
        long started = System.nanoTime();
        assertThat(waitFor(Duration.ofSeconds(30), () -> tryCreateTopic(a, slugA))).as("A accepts writes again").isTrue();
        assertThat(waitFor(Duration.ofSeconds(30), () -> tryCreateTopic(b, slugB))).as("B accepts writes again").isTrue();
        System.out.printf("PostgresReplicasIT: both replicas wrote again %d ms after PostgreSQL restarted%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(waitFor(Duration.ofSeconds(3), () -> hasTopic(b, slugA) && hasTopic(a, slugB))).as("each sees the other's write").isTrue();
        assertThat(waitFor(Duration.ofSeconds(10), () -> a.ready() && b.ready())).as("both ready again").isTrue();
    }

    // ---------------------------------------------------------------------------------------------

    /** One packaged instance of the PostgreSQL build on a free port. */
    static final class Replica {
        final String name;
        final int port;
        final Process process;
        final File log;

        Replica(String name) throws IOException {
            this.name = name;
            this.port = freePort();
            this.log = logs.resolve(name + ".log").toFile();
            String jar = setting("briefing.pg.jar", "BRIEFING_PG_JAR").orElse("target/pg-app/quarkus-run.jar");
            List<String> command = new java.util.ArrayList<>(List.of("java", "-Xmx384m", "-XX:+ExitOnOutOfMemoryError",
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                    // Each replica's management interface (metrics) on its own port too.
                    "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + freePort()));
            // Extra JVM options for the replicas, e.g. -Dbriefing.replicas.sync-interval=0 to see the suite fail without sync.
            setting("briefing.pg.java-opts", "BRIEFING_PG_JAVA_OPTS").ifPresent(opts -> command.addAll(List.of(opts.trim().split("\\s+"))));
            command.addAll(List.of("-jar", jar));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
            Map<String, String> env = pb.environment();
            env.put("BRIEFING_DB_URL", url);
            env.put("BRIEFING_DB_USER", user);
            env.put("BRIEFING_DB_PASSWORD", password);
            env.put("BRIEFING_EDITOR_USER", EDITOR);
            env.put("BRIEFING_EDITOR_PASSWORD", PASSWORD);
            this.process = pb.start();
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("replica " + name + " exited:\n" + log());
                }
                if (ready()) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("replica " + name + " not ready in 90 s:\n" + log());
        }

        boolean ready() {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        String log() throws IOException {
            return Files.readString(log.toPath(), StandardCharsets.UTF_8);
        }

        JsonObject post(String query, boolean asEditor) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query.startsWith("{\"query\"") ? query : new JsonObject().put("query", query).encode()));
            if (asEditor) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new JsonObject(response.body());
        }

        /** The data of a query that must succeed; a query wrapped by {@link #editor(String)} is sent with credentials. */
        JsonObject data(String query) throws IOException, InterruptedException {
            boolean asEditor = query.startsWith(EDITOR_MARK);
            JsonObject json = post(asEditor ? query.substring(EDITOR_MARK.length()) : query, asEditor);
            assertThat(json.getJsonArray("errors")).as(name + ": " + json.encode()).isNull();
            return json.getJsonObject("data");
        }

        JsonObject ingest(String title, String text) throws IOException, InterruptedException {
            JsonObject json = post(mutationIngest(title, text), true);
            assertThat(json.getJsonArray("errors")).as(name + ": " + json.encode()).isNull();
            return json.getJsonObject("data").getJsonObject("ingestArticle");
        }

        boolean briefingCites(String question, String slug) {
            try {
                JsonObject briefing = data("{ briefing(question: " + quote(question) + ") { points { evidence { article { slug } } } } }")
                        .getJsonObject("briefing");
                return briefing.encode().contains("\"slug\":\"" + slug + "\"");
            } catch (Exception e) {
                return false;
            }
        }

        String briefingCoverage(String question) throws IOException, InterruptedException {
            return data("{ briefing(question: " + quote(question) + ") { coverage } }").getJsonObject("briefing").getString("coverage");
        }
    }

    static final String EDITOR_MARK = "\u0001editor\u0001";

    static String editor(String query) {
        return EDITOR_MARK + query;
    }

    static String mutationIngest(String title, String text) {
        return new JsonObject().put("query", "mutation($i: ArticleInput!) { ingestArticle(input: $i) { created article { slug } candidates { key } } }")
                .put("variables", new JsonObject().put("i", new JsonObject().put("title", title).put("text", text))).encode();
    }

    static String article(String river) {
        return "Vladimir Putin said on Tuesday that Russia would build a new railway bridge over the " + river + " to North Korea before the winter. "
                + "\"The bridge over the " + river + " will carry grain and fuel to our friends in Pyongyang,\" Putin told reporters in Vladivostok. "
                + "Kim Jong Un welcomed the plan and said North Korea would open a new customs post at the border.";
    }

    /** A long article with many quotable sentences: its ingest runs long enough to be killed in the middle. */
    static String longArticle(int bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < bytes - 400; i++) {
            text.append("Vladimir Putin said on day ").append(i).append(" that Russia would send ").append(100 + i)
                    .append(" tonnes of grain to North Korea. \"We keep our word,\" Putin told reporters in Moscow. ")
                    .append("Kim Jong Un said Pyongyang would repay the debt in ").append(2030 + i % 20).append(".\n\n");
        }
        return text.toString();
    }

    static String code(JsonObject response) {
        JsonArray errors = response.getJsonArray("errors");
        return errors == null || errors.isEmpty() ? null : errors.getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    static String nameOfTopic(Replica r, String slug) {
        try {
            JsonObject topic = r.data("{ topic(slug: \"" + slug + "\") { name } }").getJsonObject("topic");
            return topic == null ? null : topic.getString("name");
        } catch (Exception e) {
            return null;
        }
    }

    static boolean hasTopic(Replica r, String slug) {
        return nameOfTopic(r, slug) != null;
    }

    static boolean tryCreateTopic(Replica r, String slug) {
        try {
            JsonObject json = r.post("mutation { createTopic(input: {slug: \"" + slug + "\", name: \"Healed\"}) { slug } }", true);
            return json.getJsonArray("errors") == null;
        } catch (Exception e) {
            return false;
        }
    }

    static String quote(String s) {
        return new JsonArray().add(s).encode().replaceAll("^\\[|\\]$", "");
    }

    static String word() {
        return "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static <T> T await(CountDownLatch go, java.util.concurrent.Callable<T> work) {
        try {
            go.await();
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
    }

    static Connection jdbc() throws Exception {
        return DriverManager.getConnection(url, user, password);
    }

    static int count(String sql, Object... args) throws Exception {
        try (Connection c = jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    static void shell(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + ": " + out).isZero();
    }

    /** A free port in 18100-18999 (the range agreed for servers started by hand on the shared machine). */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 18100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900);
            try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port in 18100-18999");
    }

    static Optional<String> setting(String property, String env) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env)))
                .filter(s -> !s.isBlank());
    }
}
