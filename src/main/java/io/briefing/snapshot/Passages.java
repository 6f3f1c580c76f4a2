package io.briefing.snapshot;

import io.briefing.article.ArticleText;
import io.briefing.article.Paragraph;
import io.briefing.article.Sentence;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.extraction.EvidenceExtractor;
import io.briefing.knowledge.extraction.ExtractedQuantity;
import io.briefing.knowledge.extraction.QuantityExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * Every sentence of an article as an UNREVIEWED evidence item, so briefings can answer from text no
 * editor has curated yet. A passage is the raw sentence (its quote equals the article text at its
 * offsets, like any evidence), with the speaker, certainty and figures the extractor reads from its
 * wording, and the time expressions it holds. Passages are derived from the text when a snapshot is built and never stored.
 */
public final class Passages {

    private static final QuantityExtractor QUANTITIES = new QuantityExtractor();
    private static final io.briefing.knowledge.extraction.TimeExpressionExtractor TIMES = new io.briefing.knowledge.extraction.TimeExpressionExtractor();

    private Passages() {
    }

    /** The article's sentences outside headings and placeholder lines, in reading order. */
    static List<EvidenceView> of(ArticleView article) {
        ArticleText text = article.analysis();
        List<EvidenceView> passages = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            if (paragraph.heading() || paragraph.placeholder()) {
                continue;
            }
            for (Sentence sentence : paragraph.sentences()) {
                passages.add(passage(article, text, paragraph, sentence));
            }
        }
        return List.copyOf(passages);
    }

    private static EvidenceView passage(ArticleView article, ArticleText text, Paragraph paragraph, Sentence sentence) {
        String quote = sentence.span().of(text.raw());
        String reading = text.cleanReading(sentence.span());
        String speaker = EvidenceExtractor.speaker(reading);
        Certainty certainty = EvidenceExtractor.certainty(reading, speaker);
        List<ExtractedQuantity> figures = QUANTITIES.extract(quote);
        EvidenceKind kind = !figures.isEmpty() ? EvidenceKind.STATISTIC
                : speaker != null ? EvidenceKind.STATEMENT : EvidenceKind.REPORT;
        int start = sentence.span().start();
        // Synthetic ids below zero never collide with stored evidence.
        long id = -(article.dbId * 100_000L + sentence.index() + 1);
        EvidenceView view = new EvidenceView(id, "passage:" + article.getSlug() + ":" + sentence.index(), quote, start,
                sentence.span().end(), speaker, certainty, kind, 1, null, List.of(), Provenance.EXTRACTED,
                EvidenceStatus.UNREVIEWED, 0, article.getCreatedAt());
        view.article = article;
        view.cleanQuote = reading;
        view.artifacts = text.artifactsWithin(sentence.span()).stream().map(ArtifactView::new).toList();
        view.paragraphIndex = paragraph.index();
        view.section = text.headingBefore(start).map(h -> h.span().of(text.raw())).orElse(null);
        view.times = TIMES.extract(quote, start, article.getPublishedOn()).stream().map(TimeExpressionView::of).toList();
        view.quantities = figures.stream().map(q -> new QuantityView(q.text(), q.value(), q.unit(), q.kind(), q.bound(),
                start + q.start(), start + q.end())).toList();
        return view;
    }
}
