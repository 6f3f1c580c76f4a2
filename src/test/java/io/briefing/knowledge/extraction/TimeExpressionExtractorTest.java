package io.briefing.knowledge.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.TimeExpressionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor on sentences of the seed article and small made-up ones, against a publication date of Wednesday 19 June 2024. */
class TimeExpressionExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 19);

    private final TimeExpressionExtractor extractor = new TimeExpressionExtractor();

    private ExtractedTime only(String text, String expression) {
        return only(text, expression, PUBLISHED);
    }

    private ExtractedTime only(String text, String expression, LocalDate published) {
        List<ExtractedTime> found = extractor.extract(text, 0, published);
        ExtractedTime t = found.stream().filter(f -> f.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + expression + "\" not found in " + found));
        assertThat(text.substring(t.start(), t.end())).isEqualTo(expression);
        return t;
    }

    private void assertTime(String text, String expression, TimeExpressionKind kind, String value) {
        ExtractedTime t = only(text, expression);
        assertThat(t.kind()).as(expression).isEqualTo(kind);
        assertThat(t.value()).as(expression).isEqualTo(value);
    }

    @Test
    void theSeedArticlesExpressions() {
        assertTime("Kim Jong Un greeted the Russian president on the airport tarmac early Wednesday local time.",
                "early Wednesday", TimeExpressionKind.RELATIVE, "2024-06-19");
        assertTime("Aurus limousine that Putin had given him last year.", "last year", TimeExpressionKind.RELATIVE, "2023");
        assertTime("Nine months ago, the two men met at a Russian cosmodrome", "Nine months ago", TimeExpressionKind.RELATIVE, "2023-09");
        assertTime("for his first visit to the country in 24 years, according to Russian state media", "in 24 years",
                TimeExpressionKind.DURATION, "P24Y");
        assertTime("reviewing North Korea’s sanctions violations for 15 years.", "for 15 years", TimeExpressionKind.DURATION, "P15Y");
        assertTime("the guiding principle of Russian foreign policy for more than two years", "for more than two years",
                TimeExpressionKind.DURATION, "P2Y");
        assertTime("told reporters at a news conference on Monday.", "on Monday", TimeExpressionKind.RELATIVE, "2024-06-17");
        assertTime("Putin is also set to visit Vietnam later this week, a sign", "later this week", TimeExpressionKind.RELATIVE,
                "2024-06-20/2024-06-23");
        assertTime("Kim, whose grandfather came to power in 1948 with Moscow’s support", "1948", TimeExpressionKind.DATE, "1948");
        assertTime("debris from a January attack on the Ukrainian city of Kharkiv", "January", TimeExpressionKind.DATE, "2024-01");
        assertTime("Ushakov said Russia’s trade with North Korea reached $34.4 million in 2023, nine times the previous year.",
                "2023", TimeExpressionKind.DATE, "2023");
        assertTime("Ushakov said Russia’s trade with North Korea reached $34.4 million in 2023, nine times the previous year.",
                "the previous year", TimeExpressionKind.RELATIVE, "2022");
        assertTime("Two months after Kim Jong-un visited Russia last year, North Korea", "Two months", TimeExpressionKind.DURATION, "P2M");
    }

    @Test
    void fusedScrapingArtifactsStillEndAndStartWords() {
        assertTime("President Biden visited last SeptemberVietnam.", "last September", TimeExpressionKind.RELATIVE, "2023-09");
        assertTime("Defense Minister Shin Won-seok last weekInterviewed by BloombergSeoul", "last week",
                TimeExpressionKind.RELATIVE, "2024-W24");
        ExtractedTime winter = only("the quality of North Korea’s supplies.expressLast winter, Russia launched", "Last winter");
        assertThat(winter.value()).isEqualTo("2023-12/2024-02");
        assertThat(winter.earliest()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(winter.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void offsetsAreAbsoluteAndHalfOpen() {
        String article = "Intro. Ushakov spoke on Monday.";
        int quoteStart = article.indexOf("Ushakov");
        List<ExtractedTime> found = extractor.extract(article.substring(quoteStart), quoteStart, PUBLISHED);
        assertThat(found).hasSize(1);
        assertThat(article.substring(found.get(0).start(), found.get(0).end())).isEqualTo("on Monday");
    }

    @Test
    void boundsOfDatedValues() {
        ExtractedTime week = only("he said last week", "last week");
        assertThat(week.earliest()).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(week.latest()).isEqualTo(LocalDate.of(2024, 6, 16));
        assertThat(week.dated()).isTrue();
        ExtractedTime year = only("in 1948 with support", "1948");
        assertThat(year.earliest()).isEqualTo(LocalDate.of(1948, 1, 1));
        assertThat(year.latest()).isEqualTo(LocalDate.of(1948, 12, 31));
        assertThat(only("for 15 years", "for 15 years").dated()).isFalse();
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsStayUnresolvedButAbsoluteOnesDoNot() {
        List<ExtractedTime> found = extractor.extract("Last year, and again in 1948, on Monday, in January, for 15 years.", 0, null);
        assertThat(found).extracting(ExtractedTime::text).containsExactly("Last year", "1948", "on Monday", "January", "for 15 years");
        assertThat(found).extracting(ExtractedTime::value).containsExactly(null, "1948", null, null, "P15Y");
    }

    @Test
    void otherCommonForms() {
        assertTime("The talks opened on June 19, 2024 in Pyongyang.", "June 19, 2024", TimeExpressionKind.DATE, "2024-06-19");
        assertTime("The accord of 12 March 2021 lapsed.", "12 March 2021", TimeExpressionKind.DATE, "2021-03-12");
        assertTime("It was signed in September 2023.", "September 2023", TimeExpressionKind.DATE, "2023-09");
        assertTime("The report is dated 2024-05-02.", "2024-05-02", TimeExpressionKind.DATE, "2024-05-02");
        assertTime("He arrived yesterday.", "yesterday", TimeExpressionKind.RELATIVE, "2024-06-18");
        assertTime("They meet next Friday.", "next Friday", TimeExpressionKind.RELATIVE, "2024-06-21");
        assertTime("Talks resume next month.", "next month", TimeExpressionKind.RELATIVE, "2024-07");
        assertTime("It happened three days ago.", "three days ago", TimeExpressionKind.RELATIVE, "2024-06-16");
        assertTime("A war of a decade.", "a decade", TimeExpressionKind.DURATION, "P10Y");
        assertTime("It ended last summer.", "last summer", TimeExpressionKind.RELATIVE, "2023-06/2023-08");
        // A month without a year takes the year that puts its first day nearest the publication date.
        assertTime("Elections in December.", "December", TimeExpressionKind.DATE, "2024-12");
        assertTime("Back in February.", "February", TimeExpressionKind.DATE, "2024-02");
        assertTime("The offensive began in May.", "in May", TimeExpressionKind.DATE, "2024-05");
        ExtractedTime march = only("Talks in March.", "March", LocalDate.of(2024, 12, 20));
        assertThat(march.value()).isEqualTo("2025-03");
    }

    @Test
    void aFigureOfSomethingAWeekIsARateNotALengthOfTime() {
        assertThat(extractor.extract("The strike costs 2 million pounds a week and cancels 40 operations a week.", 0, PUBLISHED)).isEmpty();
        assertTime("Repairs will take a week.", "a week", TimeExpressionKind.DURATION, "P1W");
    }

    @Test
    void wordsThatOnlyLookLikeTimesAreLeftAlone() {
        assertThat(extractor.extract("It may be that 10,000 containers hold $2023 worth; 2000 containers left. May God help.", 0, PUBLISHED)).isEmpty();
        assertThat(extractor.extract("The two leaders often meet at Mondays' sessions; one of the largest armies.", 0, PUBLISHED)).isEmpty();
        assertThat(extractor.extract("", 0, PUBLISHED)).isEmpty();
    }

    @Test
    void aSentenceWithNoFigureMonthOrTimeWordIsSkippedWhole() {
        assertThat(TimeExpressionExtractor.mayHoldTime("The union rejected the offer and called the plan unfair.")).isFalse();
        assertThat(TimeExpressionExtractor.mayHoldTime("Talks resume on Monday.")).isTrue();
        assertThat(TimeExpressionExtractor.mayHoldTime("It lasted two weeks.")).isTrue();
        assertThat(TimeExpressionExtractor.mayHoldTime("Prices rose in 2023.")).isTrue();
    }

    @Test
    void monthsAndWeekdaysAreCalendarWords() {
        assertThat(TimeExpressionExtractor.isCalendarWord("February")).isTrue();
        assertThat(TimeExpressionExtractor.isCalendarWord("Nov")).isTrue();
        assertThat(TimeExpressionExtractor.isCalendarWord("Sept.")).isTrue();
        assertThat(TimeExpressionExtractor.isCalendarWord("Monday")).isTrue();
        assertThat(TimeExpressionExtractor.isCalendarWord("Morvania")).isFalse();
    }
}
