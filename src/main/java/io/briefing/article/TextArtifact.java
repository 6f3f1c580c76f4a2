package io.briefing.article;

/**
 * One scraping artifact in a raw text: where it is, what the raw characters are, and the reading a
 * person would most likely intend. The reading is a reading aid only; quotes always use the raw text.
 */
public record TextArtifact(ArtifactKind kind, TextSpan span, String raw, String reading) {
}
