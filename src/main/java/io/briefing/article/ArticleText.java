package io.briefing.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An article's raw text analysed once: paragraphs, sentences, section headings and scraping
 * artifacts, all as offsets into the unchanged text, plus a cleaned reading for people.
 */
public final class ArticleText {

    private final String raw;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final List<TextArtifact> artifacts;

    ArticleText(String raw, List<Paragraph> paragraphs, List<TextArtifact> artifacts) {
        this.raw = raw;
        this.paragraphs = paragraphs;
        this.sentences = paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
        this.artifacts = artifacts.stream().sorted(Comparator.comparingInt(a -> a.span().start())).toList();
    }

    public String raw() {
        return raw;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<TextArtifact> artifacts() {
        return artifacts;
    }

    /**
     * The whole text with placeholder lines dropped and fused words separated. Computed when asked,
     * not kept: a second copy of every article in the heap is not worth saving the rare request.
     */
    public String cleanText() {
        return cleanReading(new TextSpan(0, raw.length()));
    }

    public List<TextArtifact> artifactsWithin(TextSpan span) {
        List<TextArtifact> inside = new ArrayList<>();
        for (TextArtifact artifact : artifacts) {
            if (span.overlaps(artifact.span())) {
                inside.add(artifact);
            }
        }
        return inside;
    }

    public Optional<Paragraph> paragraphAt(int offset) {
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.span().start() <= offset && offset < paragraph.span().end()) {
                return Optional.of(paragraph);
            }
        }
        return Optional.empty();
    }

    /** The section heading that governs an offset, if the article has one before it. */
    public Optional<Paragraph> headingBefore(int offset) {
        Paragraph found = null;
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.span().start() > offset) {
                break;
            }
            if (paragraph.heading()) {
                found = paragraph;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The cleaned reading of a span: artifacts inside it replaced by their readings, placeholder
     * lines (with their line break) removed. Never used for quotes, which stay raw.
     */
    public String cleanReading(TextSpan span) {
        StringBuilder out = new StringBuilder(span.end() - span.start());
        int at = span.start();
        for (TextArtifact artifact : artifacts) {
            TextSpan a = artifact.span();
            if (!span.contains(a) || a.start() < at) {
                continue;
            }
            out.append(raw, at, a.start()).append(artifact.reading());
            at = a.end();
            if (artifact.kind() == ArtifactKind.PLACEHOLDER_LINE && at < span.end() && raw.charAt(at) == '\n') {
                at++;
            }
        }
        out.append(raw, at, span.end());
        return out.toString();
    }
}
