package io.briefing.snapshot;

import io.briefing.knowledge.TimeExpressionKind;
import io.briefing.knowledge.extraction.ExtractedTime;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimeExpression")
@Description("A time expression in an evidence quote (\"last September\", \"on Monday\", \"for 15 years\"), located in the article and resolved against its publication date: in an article of 2024-06-19, \"last September\" is 2023-09.")
public record TimeExpressionView(
        @NonNull @Description("The expression exactly as written in the article: `article.text[start, end)`.") String text,
        @Description("Offset of the expression in the article text (UTF-16, inclusive).") int start,
        @Description("Offset just past the expression (UTF-16, exclusive).") int end,
        @NonNull @Description("Whether it names a date outright, relative to publication, or a length of time.") TimeExpressionKind kind,
        @Description("ISO 8601 value: a date (2024-06-17), month (2023-09), year (1948), ISO week (2024-W24), an interval of those (2023-12/2024-02), or for a DURATION a duration (P15Y). Null when it cannot be resolved, e.g. a relative expression in an article without a publication date.") String value,
        @Description("First calendar day the resolved value covers; null for durations and unresolved values.") LocalDate earliest,
        @Description("Last calendar day the resolved value covers; null for durations and unresolved values.") LocalDate latest) {

    static TimeExpressionView of(ExtractedTime t) {
        return new TimeExpressionView(t.text(), t.start(), t.end(), t.kind(), t.value(), t.earliest(), t.latest());
    }

    /** Whether it places something on the calendar: resolved, and not a duration. */
    boolean dated() {
        return kind != TimeExpressionKind.DURATION && earliest != null;
    }
}
