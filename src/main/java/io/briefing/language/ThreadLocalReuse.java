package io.briefing.language;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Analyzer.TokenStreamComponents;

/**
 * Reuses an analyser's token-stream components per thread, like Lucene's global reuse strategy,
 * but keeps them in a plain {@link ThreadLocal} (the values live in each thread) instead of the
 * analyser's own {@code CloseableThreadLocal}, which also keeps a map from every thread that used
 * it to its components. The analysers are static and shared for the life of the process, so that
 * map would keep dead worker threads reachable, and in a native executable any thread that used an
 * analyser during the image build would be found in the image heap, which the builder rejects.
 */
final class ThreadLocalReuse extends Analyzer.ReuseStrategy {

    private final ThreadLocal<Map<Analyzer, TokenStreamComponents>> components = ThreadLocal.withInitial(IdentityHashMap::new);

    @Override
    public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
        return components.get().get(analyzer);
    }

    @Override
    public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents reusable) {
        components.get().put(analyzer, reusable);
    }

    /** The components this thread holds for an analyser (for tests). */
    TokenStreamComponents held(Analyzer analyzer) {
        return components.get().get(analyzer);
    }
}
