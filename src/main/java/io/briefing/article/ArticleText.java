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

    /** A word: letters, with apostrophes and hyphens inside it. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'\u2019\\-]*");

    /** Found on first use (see {@link #capitalisedMidSentence}); an article's text never changes. */
    private volatile java.util.Set<String> capitalisedMidSentence;

    /**
     * The words the article writes with a capital where no sentence, quotation or dateline starts
     * ("Hope" in "Councillor Hope said"): its names, as against a common noun capitalised only because
     * it opens a sentence ("Investigators believe ..."). Found in one pass over the text.
     */
    public java.util.Set<String> capitalisedMidSentence() {
        java.util.Set<String> words = capitalisedMidSentence;
        if (words == null) {
            words = new java.util.HashSet<>();
            java.util.regex.Matcher m = WORD.matcher(raw);
            for (Sentence sentence : sentences) {
                m.region(sentence.span().start(), sentence.span().end());
                boolean first = true;
                while (m.find()) {
                    if (!first && Character.isUpperCase(raw.charAt(m.start())) && !opensClause(m.start())) {
                        words.add(m.group());
                    }
                    first = false;
                }
            }
            capitalisedMidSentence = words = java.util.Set.copyOf(words);
        }
        return words;
    }

    /** Whether a word at this offset opens a quotation, a clause after a colon, or the text after a dateline's dash. */
    private boolean opensClause(int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(raw.charAt(i))) {
            i--;
        }
        if (i >= 0 && "\"\u201C\u2018'".indexOf(raw.charAt(i)) >= 0) {
            return true;
        }
        // Not after a full stop inside a sentence: that is an abbreviation's ("Dr. Tobias Wennick").
        return i >= 0 && (raw.charAt(i) == ':'
                || "-\u2013\u2014".indexOf(raw.charAt(i)) >= 0 && i > 0 && Character.isWhitespace(raw.charAt(i - 1)));
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
