package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimeExpressionKind")
@Description("What sort of time a time expression names.")
public enum TimeExpressionKind {
    @Description("A calendar date, month, year or season named outright (\"1948\", \"in 2023\", \"January\", \"June 19, 2024\"); a month without a year takes the year nearest the article's publication date.")
    DATE,
    @Description("A time stated relative to when the article was written (\"last year\", \"on Monday\", \"later this week\", \"nine months ago\"), resolved against its publication date.")
    RELATIVE,
    @Description("A length of time (\"for 15 years\", \"in 24 years\"); its value is an ISO 8601 duration such as P15Y.")
    DURATION
}
