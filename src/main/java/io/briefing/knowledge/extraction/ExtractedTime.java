package io.briefing.knowledge.extraction;

import io.briefing.knowledge.TimeExpressionKind;
import java.time.LocalDate;

/**
 * A time expression found in a text. Offsets are absolute (the base offset given to the extractor
 * plus the position in the text), half-open, UTF-16. {@code value} is ISO 8601: a date
 * ({@code 2024-06-17}), month ({@code 2023-09}), year ({@code 1948}), ISO week ({@code 2024-W24}), an
 * interval of those ({@code 2023-12/2024-02}) or a duration ({@code P15Y}); null when it cannot be
 * resolved (a relative expression in an article without a publication date). {@code earliest} and
 * {@code latest} bound the calendar days a dated value covers (null for durations and unresolved values).
 */
public record ExtractedTime(String text, int start, int end, TimeExpressionKind kind, String value,
        LocalDate earliest, LocalDate latest) {

    /** Whether this expression places something on the calendar (a resolved date, not a duration). */
    public boolean dated() {
        return kind != TimeExpressionKind.DURATION && earliest != null;
    }
}
