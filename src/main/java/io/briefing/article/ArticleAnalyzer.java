package io.briefing.article;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds {@link ArticleText} analyses; one shared lexicon, loaded when first needed. Analyses of
 * stored articles are kept by content hash, so ingestion and snapshot rebuilds analyse a text once.
 */
@ApplicationScoped
public class ArticleAnalyzer {

    private final TextSegmenter segmenter = new TextSegmenter();
    private final java.util.Map<String, ArticleText> byHash = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile ArtifactDetector detector;

    public ArticleText analyse(String raw) {
        var paragraphs = segmenter.paragraphs(raw);
        return new ArticleText(raw, paragraphs, detector().detect(raw, paragraphs));
    }

    /** The analysis of a stored text, computed once per content hash. */
    public ArticleText analyse(String contentHash, String raw) {
        return byHash.computeIfAbsent(contentHash, h -> analyse(raw));
    }

    /**
     * Keeps an analysis made elsewhere (the persisted snapshot's, read before this bean existed), so
     * the next rebuild does not analyse the same text again.
     */
    public void remember(String contentHash, ArticleText analysis) {
        byHash.putIfAbsent(contentHash, analysis);
    }

    /** Forgets analyses of texts no longer stored. */
    public void retainOnly(java.util.Collection<String> contentHashes) {
        byHash.keySet().retainAll(java.util.Set.copyOf(contentHashes));
    }

    private ArtifactDetector detector() {
        ArtifactDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    d = new ArtifactDetector(EnglishLexicon.shared());
                    detector = d;
                }
            }
        }
        return d;
    }
}
