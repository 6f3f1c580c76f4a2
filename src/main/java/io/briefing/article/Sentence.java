package io.briefing.article;

/** A sentence of a paragraph, located by offsets into the raw article text. */
public record Sentence(int index, int paragraphIndex, TextSpan span) {
}
