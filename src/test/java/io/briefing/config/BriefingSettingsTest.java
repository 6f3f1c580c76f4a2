package io.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one {@code briefing} mapping: its defaults, and every key the service, the tests and the
 * scripts used before it existed still set the value it names.
 */
class BriefingSettingsTest {

    private static BriefingSettings settings(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withMapping(BriefingSettings.class)
                .build();
        return config.getConfigMapping(BriefingSettings.class);
    }

    @Test
    void defaultsAreDeclaredOnce() {
        BriefingSettings s = settings(Map.of());
        assertThat(s.paging().defaultSize()).isEqualTo(20);
        assertThat(s.paging().maxSize()).isEqualTo(100);
        // The cost analysis weighs connections by the paging settings unless told otherwise.
        assertThat(s.query().defaultPageSize()).isEqualTo(20);
        assertThat(s.query().maxPageSize()).isEqualTo(100);
        assertThat(s.query().maxDepth()).isEqualTo(12);
        assertThat(s.query().introspection().maxDepth()).isEqualTo(20);
        assertThat(s.query().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.query().expensiveFields()).containsExactlyInAnyOrder("briefing", "briefingUpdated");
        assertThat(s.http().maxBodyBytes()).isEqualTo(262144);
        assertThat(s.http().allowedOrigins()).isEmpty();
        assertThat(s.http().rateLimit().burst()).isEqualTo(200);
        assertThat(s.websocket().initTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.websocket().pingInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.subscriptions().maxPerConnection()).isEqualTo(20);
        assertThat(s.subscriptions().maxTotal()).isEqualTo(1000);
        assertThat(s.editor().user()).isEmpty();
        assertThat(s.security().maxFailedLogins()).isEqualTo(5);
        assertThat(s.security().failedLoginWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.writes().queueSize()).isEqualTo(16);
        assertThat(s.writes().transactionTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.ingestion().maxCandidatesPerArticle()).isEqualTo(100);
        assertThat(s.ingestion().maxTotalText()).isEqualTo(10_000_000L);
        assertThat(s.ingestion().maxCandidateActorsPerArticle()).isEqualTo(40);
        assertThat(s.ingestion().maxCandidateMotivesPerArticle()).isEqualTo(30);
        assertThat(s.seed().resources()).containsExactly("knowledge/putin-pyongyang.json");
        assertThat(s.replicas().syncInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.startup().backgroundWarmUp()).isTrue();
        assertThat(s.health().graphqlTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.cache().enabled()).isTrue();
        assertThat(s.cache().persisted().maxBytes()).isEqualTo(4194304);
    }

    @Test
    void everyExistingKeyStillSetsItsValue() {
        Map<String, String> p = new HashMap<>();
        p.put("briefing.paging.default-size", "7");
        p.put("briefing.paging.max-size", "70");
        p.put("briefing.query.max-depth", "9");
        p.put("briefing.query.max-cost", "900");
        p.put("briefing.query.max-fragment-spreads", "90");
        p.put("briefing.query.max-briefings", "3");
        p.put("briefing.query.briefing-cost", "30");
        p.put("briefing.query.introspection.max-depth", "16");
        p.put("briefing.query.introspection.max-cost", "600");
        p.put("briefing.query.timeout", "5ms");
        p.put("briefing.http.max-body-bytes", "1000");
        p.put("briefing.http.allowed-origins", "https://editor.example,https://other.example");
        p.put("briefing.http.rate-limit.enabled", "false");
        p.put("briefing.http.rate-limit.requests-per-second", "0.2");
        p.put("briefing.http.rate-limit.burst", "4");
        p.put("briefing.http.rate-limit.exempt-loopback", "false");
        p.put("briefing.http.rate-limit.max-clients", "10");
        p.put("briefing.websocket.allowed-origins", "https://console.example");
        p.put("briefing.websocket.init-timeout", "2S");
        p.put("briefing.websocket.ping-interval", "1S");
        p.put("briefing.subscriptions.max-per-connection", "5");
        p.put("briefing.subscriptions.max-total", "50");
        p.put("briefing.editor.user", "editor");
        p.put("briefing.editor.password", "secret");
        p.put("briefing.security.max-failed-logins", "20");
        p.put("briefing.security.failed-login-window", "3S");
        p.put("briefing.writes.queue-size", "1");
        p.put("briefing.writes.queue-wait", "2S");
        p.put("briefing.writes.transaction-timeout", "4S");
        p.put("briefing.ingestion.max-total-text", "50000");
        p.put("briefing.ingestion.max-candidates-per-article", "3");
        p.put("briefing.ingestion.max-candidate-actors-per-article", "4");
        p.put("briefing.ingestion.max-candidate-motives-per-article", "5");
        p.put("briefing.seed.resources", "knowledge/a.json,knowledge/b.json");
        p.put("briefing.replicas.sync-interval", "0");
        p.put("briefing.startup.background-warm-up", "false");
        p.put("briefing.health.graphql-timeout", "1S");
        p.put("briefing.cache.enabled", "false");
        p.put("briefing.cache.max-bytes", "1024");
        p.put("briefing.cache.max-age", "5");
        p.put("briefing.cache.persisted-queries.enabled", "false");
        p.put("briefing.cache.persisted-queries.max-bytes", "2048");
        BriefingSettings s = settings(p);

        assertThat(List.of(s.paging().defaultSize(), s.paging().maxSize())).containsExactly(7, 70);
        assertThat(List.of(s.query().defaultPageSize(), s.query().maxPageSize())).containsExactly(7, 70);
        assertThat(List.of(s.query().maxDepth(), s.query().introspection().maxDepth())).containsExactly(9, 16);
        assertThat(List.of(s.query().maxCost(), s.query().maxFragmentSpreads(), s.query().maxBriefings(), s.query().briefingCost(),
                s.query().introspection().maxCost())).containsExactly(900L, 90L, 3L, 30L, 600L);
        assertThat(s.query().timeout()).isEqualTo(Duration.ofMillis(5));
        assertThat(s.http().maxBodyBytes()).isEqualTo(1000);
        assertThat(s.http().allowedOrigins()).contains(List.of("https://editor.example", "https://other.example"));
        assertThat(s.http().rateLimit().enabled()).isFalse();
        assertThat(s.http().rateLimit().requestsPerSecond()).isEqualTo(0.2);
        assertThat(s.http().rateLimit().burst()).isEqualTo(4);
        assertThat(s.http().rateLimit().exemptLoopback()).isFalse();
        assertThat(s.http().rateLimit().maxClients()).isEqualTo(10);
        assertThat(s.websocket().allowedOrigins()).isEqualTo(Optional.of(List.of("https://console.example")));
        assertThat(List.of(s.websocket().initTimeout(), s.websocket().pingInterval())).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertThat(List.of(s.subscriptions().maxPerConnection(), s.subscriptions().maxTotal())).containsExactly(5, 50);
        assertThat(s.editor().user()).contains("editor");
        assertThat(s.editor().password()).contains("secret");
        assertThat(s.security().maxFailedLogins()).isEqualTo(20);
        assertThat(s.security().failedLoginWindow()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.writes().queueSize()).isEqualTo(1);
        assertThat(List.of(s.writes().queueWait(), s.writes().transactionTimeout())).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(s.ingestion().maxTotalText()).isEqualTo(50000);
        assertThat(s.ingestion().maxCandidatesPerArticle()).isEqualTo(3);
        assertThat(s.ingestion().maxCandidateActorsPerArticle()).isEqualTo(4);
        assertThat(s.ingestion().maxCandidateMotivesPerArticle()).isEqualTo(5);
        assertThat(s.seed().resources()).containsExactly("knowledge/a.json", "knowledge/b.json");
        assertThat(s.replicas().syncInterval()).isZero();
        assertThat(s.startup().backgroundWarmUp()).isFalse();
        assertThat(s.health().graphqlTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.cache().enabled()).isFalse();
        assertThat(List.of(s.cache().maxBytes(), (long) s.cache().maxAge(), s.cache().persisted().maxBytes())).containsExactly(1024L, 5L, 2048L);
        assertThat(s.cache().persisted().enabled()).isFalse();
    }

    @Test
    void pageSizesOfTheCostAnalysisCanStillBeSetApart() {
        BriefingSettings s = settings(Map.of("briefing.query.default-page-size", "11", "briefing.query.max-page-size", "12"));
        assertThat(List.of(s.query().defaultPageSize(), s.query().maxPageSize())).containsExactly(11, 12);
        assertThat(List.of(s.paging().defaultSize(), s.paging().maxSize())).containsExactly(20, 100);
    }
}
