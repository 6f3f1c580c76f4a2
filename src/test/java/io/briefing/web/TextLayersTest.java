package io.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.web.TextLayers.Flag;
import io.briefing.web.TextLayers.Mark;
import io.briefing.web.TextLayers.Run;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextLayersTest {

    static final String RAW = "Intro line.\nKim Jong-un has pledged to MoscowOpened up a huge arsenal.\nEnd.";
    static final int P_START = 12;
    static final int P_END = RAW.indexOf("\nEnd");

    static String joined(List<Run> runs) {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    /** The text inside the highlight, as a browser's mark.textContent would read it. */
    static String highlighted(List<Run> runs) {
        StringBuilder s = new StringBuilder();
        boolean in = false;
        for (Run r : runs) {
            in |= r.markOpen();
            if (in) {
                s.append(r.text());
            }
            in &= !r.markClose();
        }
        return s.toString();
    }

    @Test
    void runsAreExactlyTheParagraphText() {
        int q = RAW.indexOf("Kim");
        int fused = RAW.indexOf("MoscowOpened");
        List<Run> runs = TextLayers.runs(RAW, P_START, P_END,
                List.of(new Mark(q, RAW.indexOf(" up a"), "ev c-claimed", "Claimed"), new Mark(RAW.indexOf("pledged"), RAW.indexOf("Moscow"), "ev c-reported", "Reported")),
                List.of(new Flag(fused, fused + "MoscowOpened".length(), "fused")), new int[] {q, RAW.indexOf(" up a")}, false);
        assertThat(joined(runs)).isEqualTo(RAW.substring(P_START, P_END));
        assertThat(highlighted(runs)).isEqualTo(RAW.substring(q, RAW.indexOf(" up a")));
        assertThat(runs.stream().filter(Run::firstMark)).hasSize(1);
        // The narrowest evidence wins where spans overlap.
        assertThat(runs.stream().filter(r -> r.text().startsWith("pledged")).findFirst().orElseThrow().cssClass()).isEqualTo("ev c-reported");
        assertThat(runs.stream().filter(r -> r.text().equals("Kim Jong-un has ")).findFirst().orElseThrow().cssClass()).isEqualTo("ev c-claimed");
    }

    @Test
    void anArtifactCrossingTheHighlightIsSplitSoElementsNest() {
        int fused = RAW.indexOf("MoscowOpened");
        int hlEnd = RAW.indexOf("Opened");
        List<Run> runs = TextLayers.runs(RAW, P_START, P_END, List.of(),
                List.of(new Flag(fused, fused + "MoscowOpened".length(), "fused")), new int[] {RAW.indexOf("to Moscow"), hlEnd}, false);
        assertThat(highlighted(runs)).isEqualTo("to Moscow");
        // Open and close tags balance in document order: mark > artifact.
        int depth = 0;
        StringBuilder order = new StringBuilder();
        for (Run r : runs) {
            if (r.markOpen()) {
                order.append("<m");
            }
            if (r.artifactOpen()) {
                order.append("<a");
            }
            if (r.artifactClose()) {
                order.append("a>");
            }
            if (r.markClose()) {
                order.append("m>");
            }
        }
        assertThat(order.toString()).isEqualTo("<m<aa>m><aa>");
        assertThat(depth).isZero();
    }

    @Test
    void noHighlightAndAHighlightOutsideTheParagraphMarkNothing() {
        assertThat(TextLayers.runs(RAW, P_START, P_END, List.of(), List.of(), null, false)).singleElement()
                .satisfies(r -> assertThat(r.markOpen() || r.markClose() || r.artifactOpen()).isFalse());
        assertThat(TextLayers.runs(RAW, P_START, P_END, List.of(), List.of(), new int[] {0, 5}, false))
                .noneMatch(Run::markOpen);
    }

    @Test
    void aHighlightAcrossParagraphsAnchorsOnlyOnce() {
        int[] hl = {5, P_START + 5};
        List<Run> first = TextLayers.runs(RAW, 0, 11, List.of(), List.of(), hl, false);
        List<Run> second = TextLayers.runs(RAW, P_START, P_END, List.of(), List.of(), hl, true);
        assertThat(first.stream().filter(Run::firstMark)).hasSize(1);
        assertThat(second).noneMatch(Run::firstMark).anyMatch(Run::markOpen);
        assertThat(highlighted(first) + highlighted(second)).isEqualTo(RAW.substring(5, 11) + RAW.substring(P_START, P_START + 5));
    }
}
