package io.briefing.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops and starts the packaged application (the jar, or the native binary when one was built) on
 * one H2 file database: every ingested article and curated change must still be there, and the
 * shipped base must not be duplicated. A restart on an unchanged database publishes the persisted
 * snapshot; one whose file is older than the database, or damaged, loads from the database instead.
 */
class RestartPersistenceIT {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("restart-editor:restart-secret".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    /** The log of the process launched last. */
    private Path lastLog;

    @Test
    void dataSurvivesARestart() throws Exception {
        int port = freePort();
        String text = "Kim Jong Un told reporters that Pyongyang will send 3 million shells to Moscow, according to Seoul.\n"
                + "Washington said it was unclear whether the shipment had left.";
        Map<String, Integer> before;
        Process app = start(port);
        try {
            JsonObject ingested = post(port, "mutation($i: ArticleInput!) { ingestArticle(input: $i) { created article { slug } candidates { key } } }",
                    new JsonObject().put("i", new JsonObject().put("title", "Restart check").put("text", text)));
            assertThat(ingested.getJsonObject("data").getJsonObject("ingestArticle").getBoolean("created")).isTrue();
            post(port, "mutation { createTopic(input: {slug: \"restart-topic\", name: \"Restart topic\"}) { slug } }", new JsonObject());
            before = counts(port);
        } finally {
            stop(app);
        }
        // The persisted snapshot, written after the last change, is what the next start publishes.
        Path file = dataDir.resolve("briefing.snapshot");
        assertThat(file).exists();
        Path older = dataDir.resolve("older-snapshot.bin");
        Files.copy(file, older);
        Process again = start(port);
        try {
            assertThat(warmUpLine()).contains("from the persisted snapshot");
            assertThat(counts(port)).isEqualTo(before);
            JsonObject article = post(port, "{ article(slug: \"restart-check\") { text } topic(slug: \"restart-topic\") { name } }", new JsonObject());
            assertThat(article.getJsonObject("data").getJsonObject("article").getString("text")).isEqualTo(text);
            assertThat(article.getJsonObject("data").getJsonObject("topic").getString("name")).isEqualTo("Restart topic");
            post(port, "mutation { createTopic(input: {slug: \"after-restart\", name: \"After the restart\"}) { slug } }", new JsonObject());
        } finally {
            stop(again);
        }
        // A file older than the database (as if the last change had not been persisted): refused, the
        // knowledge base is loaded from the database, and the change is served.
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        Process third = start(port);
        try {
            assertThat(lastLog()).contains("not used: the database changed since");
            assertThat(warmUpLine()).doesNotContain("persisted snapshot");
            assertThat(post(port, "{ topic(slug: \"after-restart\") { name } }", new JsonObject()).getJsonObject("data")
                    .getJsonObject("topic").getString("name")).isEqualTo("After the restart");
        } finally {
            stop(third);
        }
        // A damaged file: refused with a reason in the log, never a failed start.
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        Process fourth = start(port);
        try {
            assertThat(lastLog()).contains("not used:").contains("corrupt");
            assertThat(warmUpLine()).doesNotContain("persisted snapshot");
            assertThat(post(port, "{ topic(slug: \"after-restart\") { name } }", new JsonObject()).getJsonObject("data")
                    .getJsonObject("topic").getString("name")).isEqualTo("After the restart");
        } finally {
            stop(fourth);
        }
    }

    /** The warm-up's line in the last started process's log (written just after readiness turns UP). */
    private String warmUpLine() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            String log = lastLog();
            int at = log.indexOf("Warm-up done");
            if (at >= 0) {
                int end = log.indexOf('\n', at);
                return log.substring(at, end < 0 ? log.length() : end);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no warm-up line in " + log);
            }
            Thread.sleep(100);
        }
    }

    private String lastLog() throws IOException {
        return Files.readString(lastLog);
    }

    /** Issue 10.7: a zero-length database file used to be silently re-seeded (every editor's change gone). */
    @Test
    void refusesToStartOnAnEmptyDatabaseFile() throws Exception {
        Path file = Files.createFile(dataDir.resolve("briefing.mv.db"));
        Process app = launch(freePort());
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the application exits").isTrue();
        assertThat(app.exitValue()).isNotZero();
        String log = logs();
        assertThat(log).contains("Briefing cannot start: Database file").contains("exists but is empty");
        assertThat(Files.size(file)).isZero(); // untouched: not replaced by a fresh database
    }

    private Map<String, Integer> counts(int port) throws Exception {
        JsonObject data = post(port, "{ articles { totalCount } evidence { totalCount } motives { key } topics { slug } actors { slug } }",
                new JsonObject()).getJsonObject("data");
        return Map.of("articles", data.getJsonObject("articles").getInteger("totalCount"),
                "evidence", data.getJsonObject("evidence").getInteger("totalCount"),
                "motives", data.getJsonArray("motives").size(),
                "topics", data.getJsonArray("topics").size(),
                "actors", data.getJsonArray("actors").size());
    }

    private Process start(int port) throws Exception {
        Process process = launch(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited on start: " + logs());
            }
            try {
                HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the application did not become ready: " + logs());
    }

    private Process launch(int port) throws Exception {
        List<String> command = new ArrayList<>();
        // The native binary only when this build packaged one (a binary left by an earlier native
        // build must not stand in for the jar of a JVM build).
        String nativeImage = builtNative() ? System.getProperty("native.image.path") : null;
        if (nativeImage != null && new File(nativeImage).canExecute()) {
            command.addAll(List.of(nativeImage, "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + freePort()));
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + freePort(), "-jar",
                    Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString()));
        }
        lastLog = dataDir.resolve("app-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(lastLog.toFile());
        builder.environment().put("BRIEFING_DB_URL", "jdbc:h2:async:" + dataDir.resolve("briefing") + ";DB_CLOSE_ON_EXIT=FALSE");
        builder.environment().put("BRIEFING_EDITOR_USER", "restart-editor");
        builder.environment().put("BRIEFING_EDITOR_PASSWORD", "restart-secret");
        return builder.start();
    }

    private static boolean builtNative() {
        try {
            java.util.Properties artifact = new java.util.Properties();
            try (var in = java.nio.file.Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
                artifact.load(in);
            }
            return "native".equals(artifact.getProperty("type"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: a graceful shutdown, as an operator's stop would be
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static JsonObject post(int port, String query, JsonObject variables) throws Exception {
        String body = new JsonObject().put("query", query).put("variables", variables).encode();
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = new JsonObject(response.body());
        assertThat(json.getValue("errors")).as(response.body()).isNull();
        return json;
    }

    private String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dataDir)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log);
                all.append(text, Math.max(0, text.length() - 3000), text.length());
            }
        }
        return all.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
