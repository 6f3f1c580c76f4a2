package io.briefing.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The artifact detector on small texts: what it flags, what it leaves alone, and that text is never changed. */
class ArtifactDetectorTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void setUp() {
        analyzer = new ArticleAnalyzer();
    }

    private static Map<String, String> readings(String text) {
        ArticleText analysis = analyzer.analyse(text);
        assertThat(analysis.raw()).isSameAs(text);
        return analysis.artifacts().stream().collect(Collectors.toMap(TextArtifact::raw, TextArtifact::reading, (a, b) -> a));
    }

    @Test
    void flagsFusedLinkTextRunOnWordsAndGluedSentences() {
        Map<String, String> r = readings("Kim pledged to MoscowOpened up a huge arsenalthereby winning.\n"
                + "Efforts break downand raise doubts. Relations improved.President Biden visited.");
        assertThat(r).containsEntry("MoscowOpened", "Moscow Opened")
                .containsEntry("arsenalthereby", "arsenal thereby")
                .containsEntry("downand", "down and")
                .containsEntry("improved.President", "improved. President");
    }

    @Test
    void britishSpellingsAndCompoundsAreWords() {
        assertThat(readings("Ships are damaging its seawall and driving residents out of the historic centre."))
                .as("WordNet knows what the American word list lacks").isEmpty();
        assertThat(readings("Floodwater reached the showground as the bushfire spread; the headteacher will rebook the groundwater survey."))
                .as("two content words are a compound, not link text glued to a word").isEmpty();
    }

    @Test
    void leavesOrdinaryTextNamesAndAddressesAlone() {
        assertThat(readings("McDonald met MacArthur and the iPhone team in Kharkiv. The U.S. and U.N. agreed. "
                + "A thousand husbands visited example.com and www.example.org on 12.5 percent.")).isEmpty();
    }

    @Test
    void placeholderLinesAreFlaggedWholeAndDroppedFromTheReading() {
        ArticleText analysis = analyzer.analyse("First line.\nadvertise\nSecond line.");
        assertThat(analysis.artifacts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ArtifactKind.PLACEHOLDER_LINE);
            assertThat(a.span().of(analysis.raw())).isEqualTo("advertise");
        });
        assertThat(analysis.cleanText()).isEqualTo("First line.\nSecond line.");
        assertThat(analysis.paragraphs().get(1).placeholder()).isTrue();
    }

    @Test
    void longLowerCaseRunsAreNotSplitAndAreFast() {
        String run = "a".repeat(200_000);
        long started = System.nanoTime();
        assertThat(analyzer.analyse(run).artifacts()).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to analyse a 200 KB run").isLessThan(5_000);
    }

    @Test
    void sentencesKeepExactOffsets() {
        String text = "The U.S. has accused Russia. It denied it! Did it? \u201CNo,\u201D said Ushakov.";
        ArticleText analysis = analyzer.analyse(text);
        List<String> sentences = analysis.sentences().stream().map(s -> s.span().of(text)).toList();
        assertThat(sentences).containsExactly("The U.S. has accused Russia.", "It denied it!", "Did it?", "\u201CNo,\u201D said Ushakov.");
    }
}
