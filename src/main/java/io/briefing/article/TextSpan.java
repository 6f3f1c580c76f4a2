package io.briefing.article;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into an article's raw text, with the
 * Java {@link String#substring(int, int)} semantics that every offset in the API follows.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
