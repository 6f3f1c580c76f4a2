package io.briefing.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.CloseableThreadLocal;
import org.junit.jupiter.api.Test;

class ThreadLocalReuseTest {

    @Test
    void analysersKeepNoReferenceToTheThreadsThatUsedThem() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = List.of(
                    pool.submit(() -> EnglishAnalysis.stems("North Korea wants weapons")),
                    pool.submit(() -> EnglishAnalysis.stems("Russia offers technology")));
            // each thread gets the same answer as this one, from its own components
            assertThat(results.get(0).get()).isEqualTo(EnglishAnalysis.stems("North Korea wants weapons")).contains("weapon");
            assertThat(results.get(1).get()).isEqualTo(EnglishAnalysis.stems("Russia offers technology")).contains("russia");
        } finally {
            pool.shutdown();
        }
        // Lucene's own CloseableThreadLocal maps each using thread to its components; it stays empty.
        Field stored = Analyzer.class.getDeclaredField("storedValue");
        stored.setAccessible(true);
        CloseableThreadLocal<?> local = (CloseableThreadLocal<?>) stored.get(EnglishAnalysis.analyzer());
        Field hardRefs = CloseableThreadLocal.class.getDeclaredField("hardRefs");
        hardRefs.setAccessible(true);
        assertThat((Map<?, ?>) hardRefs.get(local)).isEmpty();
    }

    @Test
    void componentsAreReusedWithinAThread() {
        EnglishAnalysis.stems("first call builds the components");
        Analyzer.TokenStreamComponents first = EnglishAnalysis.REUSE.held(EnglishAnalysis.analyzer());
        assertThat(first).isNotNull();
        assertThat(EnglishAnalysis.stems("weapons")).containsExactly("weapon");
        assertThat(EnglishAnalysis.REUSE.held(EnglishAnalysis.analyzer())).isSameAs(first);
    }
}
