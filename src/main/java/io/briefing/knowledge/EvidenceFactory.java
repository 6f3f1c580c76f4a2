package io.briefing.knowledge;

import io.briefing.knowledge.extraction.ExtractedQuantity;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way an {@link Evidence} item is built, whoever builds it (the curated-base writer, an
 * editor's attached quote, ingestion): its quote at the offsets where it was found, its grading, and
 * its figures with offsets into the article. Time expressions are not stored: the snapshot computes
 * them from quote and publication date (see {@code SnapshotLoader}), so the quote and offsets set
 * here are all they need.
 */
public final class EvidenceFactory {

    /** The unit column holds 100 characters; a longer unit is extraction noise, cut rather than refused. */
    static final int MAX_UNIT = 100;

    private EvidenceFactory() {
    }

    /** How an item is graded: who says it, how firmly, what sort of statement, how much it matters, and its review status. */
    public record Grading(String speaker, Certainty certainty, EvidenceKind kind, int importance, String note,
            EvidenceStatus status) {
    }

    /** A figure in the quote, offsets relative to the quote's start. */
    public record Figure(String text, int start, int end, double value, String unit, QuantityKind kind, QuantityBound bound) {

        /** A figure the extractor found in the quote. */
        public static Figure of(ExtractedQuantity q) {
            return new Figure(q.text(), q.start(), q.end(), q.value(), q.unit(), q.kind(), q.bound());
        }

        /** A figure given by its text: located at its first occurrence in the quote (how the curated file states them). */
        public static Figure in(String quote, String text, double value, String unit, QuantityKind kind, QuantityBound bound) {
            int at = quote.indexOf(text);
            if (at < 0) {
                throw new IllegalArgumentException("figure '" + text + "' is not in the quote");
            }
            return new Figure(text, at, at + text.length(), value, unit, kind, bound);
        }
    }

    /**
     * Sets (or resets, for an item being updated) the quote found at {@code start}, its grading and its
     * figures. The caller located the quote in the article body: {@code body.substring(start, start +
     * quote.length()) == quote}.
     */
    public static Evidence fill(Evidence e, String quote, int start, int occurrence, Grading grading, List<Figure> figures) {
        e.quote = quote;
        e.startOffset = start;
        e.endOffset = start + quote.length();
        e.occurrence = occurrence;
        e.speaker = grading.speaker();
        e.certainty = grading.certainty();
        e.kind = grading.kind();
        e.importance = grading.importance();
        e.note = grading.note();
        e.status = grading.status();
        List<EvidenceQuantity> quantities = new ArrayList<>();
        for (Figure f : figures) {
            EvidenceQuantity q = new EvidenceQuantity();
            q.text = f.text();
            q.amount = f.value();
            q.unit = f.unit().length() > MAX_UNIT ? f.unit().substring(0, MAX_UNIT) : f.unit();
            q.kind = f.kind();
            q.bound = f.bound();
            q.startOffset = start + f.start();
            q.endOffset = start + f.end();
            quantities.add(q);
        }
        e.replaceQuantities(quantities);
        return e;
    }

    /** The figures the extractor found in a quote. */
    public static List<Figure> figures(List<ExtractedQuantity> extracted) {
        return extracted.stream().map(Figure::of).toList();
    }
}
