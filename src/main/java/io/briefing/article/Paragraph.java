package io.briefing.article;

import java.util.List;

/** A non-empty line of an article with its sentences; a heading when it titles the section below it. */
public record Paragraph(int index, TextSpan span, boolean heading, boolean placeholder, List<Sentence> sentences) {
}
