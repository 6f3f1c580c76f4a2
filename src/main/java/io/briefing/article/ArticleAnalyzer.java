package io.briefing.article;

import jakarta.enterprise.context.ApplicationScoped;

/** Builds {@link ArticleText} analyses; one shared lexicon, loaded when first needed. */
@ApplicationScoped
public class ArticleAnalyzer {

    private final TextSegmenter segmenter = new TextSegmenter();
    private volatile ArtifactDetector detector;

    public ArticleText analyse(String raw) {
        var paragraphs = segmenter.paragraphs(raw);
        return new ArticleText(raw, paragraphs, detector().detect(raw, paragraphs));
    }

    private ArtifactDetector detector() {
        ArtifactDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    d = new ArtifactDetector(EnglishLexicon.load());
                    detector = d;
                }
            }
        }
        return d;
    }
}
