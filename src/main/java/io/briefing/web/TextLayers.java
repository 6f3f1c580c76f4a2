package io.briefing.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts one paragraph of raw article text into runs that each carry one set of marks: the evidence
 * span that covers it (the narrowest one when spans overlap), the scraping artifact it lies in, and
 * whether it falls inside the requested highlight. Runs never change the text: concatenated they are
 * exactly {@code text[paragraph.start, paragraph.end)}, so a highlight's text content in the page is
 * the raw quote at its offsets. Pure logic on offsets, so the page never drifts from the API.
 */
public final class TextLayers {

    private TextLayers() {
    }

    /** An evidence span to mark, with the words shown on hover. */
    public record Mark(int start, int end, String cssClass, String title) {
    }

    /** A scraping artifact: the raw characters stay, the likely reading is shown on hover. */
    public record Flag(int start, int end, String title) {
    }

    /**
     * One run of text. Elements nest highlight (outermost, so its text is exactly the quote), then
     * artifact, then evidence: {@code markOpen}/{@code markClose} open and close the highlight around
     * consecutive runs, {@code artifactOpen}/{@code artifactClose} the artifact inside it (split where
     * the highlight begins or ends), and {@code firstMark} is the highlight's first run on the page.
     */
    @TemplateData
    public record Run(String text, int start, String cssClass, String title, String artifactTitle, boolean markOpen,
            boolean markClose, boolean firstMark, boolean artifactOpen, boolean artifactClose) {

        /** Whether the run lies in an evidence span (templates call no JDK methods: native images resolve only these). */
        public boolean isEvidence() {
            return !cssClass.isEmpty();
        }
    }

    /**
     * Runs of {@code raw[start, end)}. {@code highlight} may be null; {@code anchorTaken} tells whether
     * an earlier paragraph already holds the start of the highlight.
     */
    public static List<Run> runs(String raw, int start, int end, List<Mark> marks, List<Flag> flags, int[] highlight,
            boolean anchorTaken) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(start);
        cuts.add(end);
        for (Mark m : marks) {
            addCut(cuts, m.start(), start, end);
            addCut(cuts, m.end(), start, end);
        }
        for (Flag f : flags) {
            addCut(cuts, f.start(), start, end);
            addCut(cuts, f.end(), start, end);
        }
        if (highlight != null) {
            addCut(cuts, highlight[0], start, end);
            addCut(cuts, highlight[1], start, end);
        }
        List<Integer> points = new ArrayList<>(cuts);
        int count = points.size() - 1;
        Mark[] mark = new Mark[count];
        Flag[] flag = new Flag[count];
        boolean[] inside = new boolean[count];
        for (int i = 0; i < count; i++) {
            int a = points.get(i);
            int b = points.get(i + 1);
            mark[i] = narrowest(marks, a, b);
            for (Flag f : flags) {
                if (f.start() <= a && b <= f.end()) {
                    flag[i] = f;
                    break;
                }
            }
            inside[i] = highlight != null && highlight[0] <= a && b <= highlight[1];
        }
        List<Run> runs = new ArrayList<>();
        boolean anchored = anchorTaken;
        for (int i = 0; i < count; i++) {
            boolean open = inside[i] && (i == 0 || !inside[i - 1]);
            boolean close = inside[i] && (i == count - 1 || !inside[i + 1]);
            boolean first = open && !anchored;
            anchored |= first;
            Flag f = flag[i];
            boolean artifactOpen = f != null && (i == 0 || flag[i - 1] != f || inside[i - 1] != inside[i]);
            boolean artifactClose = f != null && (i == count - 1 || flag[i + 1] != f || inside[i + 1] != inside[i]);
            runs.add(new Run(raw.substring(points.get(i), points.get(i + 1)), points.get(i),
                    mark[i] == null ? "" : mark[i].cssClass(), mark[i] == null ? null : mark[i].title(),
                    f == null ? null : f.title(), open, close, first, artifactOpen, artifactClose));
        }
        return runs;
    }

    private static void addCut(TreeSet<Integer> cuts, int at, int start, int end) {
        if (at > start && at < end) {
            cuts.add(at);
        }
    }

    private static Mark narrowest(List<Mark> marks, int a, int b) {
        Mark best = null;
        for (Mark m : marks) {
            if (m.start() <= a && b <= m.end() && (best == null || m.end() - m.start() < best.end() - best.start())) {
                best = m;
            }
        }
        return best;
    }
}
