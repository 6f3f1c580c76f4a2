package io.briefing.briefing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.briefing.curation.SyntheticArticles;
import io.briefing.knowledge.ActorKind;
import io.briefing.snapshot.InMemorySnapshot;
import io.briefing.snapshot.KnowledgeSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Figures for issue 8, printed from one run (not a timed test: it is skipped unless
 * {@code -Dbench=true}, see bench/briefing-bench.sh): the search index's build time and heap for the
 * seed article and for 200 generated 5 KB articles, and the latency of cold briefings (200 distinct
 * questions, nothing memoised) over the seed article.
 */
class BriefingBenchmark {

    @Test
    void printFigures() throws IOException {
        assumeTrue(Boolean.getBoolean("bench"), "run with -Dbench=true");
        String seed = resource("articles/putin-visits-pyongyang.txt");

        KnowledgeSnapshot seedOnly = actors(new InMemorySnapshot().article("seed", "Putin in Pyongyang", seed, LocalDate.of(2024, 6, 19))).build();
        new BriefingIndex(seedOnly); // warm-up: WordNet, JIT
        long t0 = System.nanoTime();
        BriefingIndex seedIndex = new BriefingIndex(actors(new InMemorySnapshot().article("seed-2", "Putin in Pyongyang", seed + " ", LocalDate.of(2024, 6, 19))).build());
        System.out.printf(Locale.ROOT, "index build, seed article: %.1f ms (%d documents)%n", (System.nanoTime() - t0) / 1e6, seedIndex.documentCount());

        long heapBefore = usedHeap();
        long rssBefore = rss();
        long t1 = System.nanoTime();
        InMemorySnapshot many = actors(new InMemorySnapshot());
        for (int i = 0; i < 200; i++) {
            many.article("generated-" + i, "Generated " + i, SyntheticArticles.text(5000 + i, 5 * 1024), LocalDate.of(2026, 1, 1));
        }
        KnowledgeSnapshot big = many.build();
        long t2 = System.nanoTime();
        BriefingIndex bigIndex = new BriefingIndex(big);
        long t3 = System.nanoTime();
        BriefingIndex rebuilt = new BriefingIndex(big);
        long t4 = System.nanoTime();
        long heapAfter = usedHeap();
        long rssAfter = rss();
        System.out.printf(Locale.ROOT, "200 articles of 5 KB: snapshot passages %.0f ms, first index build %.0f ms, rebuild after a change %.0f ms (%d documents); heap held %.1f MB, RSS added %.1f MB%n",
                (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, rebuilt.documentCount(), (heapAfter - heapBefore) / 1e6,
                (rssAfter - rssBefore) / 1e6);

        // A briefing asked within one article (argument `article`) builds that article's index on first use.
        List<Double> within = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long s = System.nanoTime();
            rebuilt.within(big.articles().get(i * 10));
            within.add((System.nanoTime() - s) / 1e6);
        }
        java.util.Collections.sort(within);
        System.out.printf(Locale.ROOT, "one article's index, out of the 200 (first briefing within it): median %.1f ms, max %.1f ms%n",
                within.get(within.size() / 2), within.get(within.size() - 1));

        // Two sets of 200 distinct questions, each composed once (nothing memoised): the first right
        // after start (code still being compiled), the second, with other wording, once the code is warm.
        printCold("cold briefings, first 200 after start (JIT cold)", seedIndex, questions(FRAMES));
        printCold("cold briefings, next 200 distinct questions (JIT warm)", seedIndex, questions(OTHER_FRAMES));
        System.out.println(bigIndex.documentCount() > 0 ? "" : "empty index");
    }

    private static void printCold(String label, BriefingIndex index, List<String> questions) {
        List<Double> millis = new ArrayList<>();
        for (String q : questions) {
            long s = System.nanoTime();
            Interpretation in = QuestionReader.read(index, q, null, null, null);
            new BriefingComposer(index, in, BriefingDepth.SUMMARY, 5, false).compose(q, "QUESTION").getMarkdown();
            millis.add((System.nanoTime() - s) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s (%d, seed article): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", label,
                sorted.length, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted[sorted.length - 1]);
    }

    private static final List<String> FRAMES = Arrays.asList("What does %s want?", "Why is %s worried?", "What is %s offering?",
            "When did %s act?", "Where is %s going?", "How many weapons did %s send?", "Who met %s?",
            "What did %s say about sanctions?", "Is %s buying shells?", "Tell me about %s");
    private static final List<String> OTHER_FRAMES = Arrays.asList("What has %s promised?", "Who supports %s?",
            "What did %s sign?", "How much oil does %s get?", "What is %s afraid of?", "Did %s deny the deal?",
            "What does %s gain from the treaty?", "When will %s visit again?", "How long did %s stay?", "What did %s give Kim?");

    /** Resident set size of this process in bytes (Linux), 0 where /proc is missing. */
    private static long rss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** 200 distinct questions: question frames crossed with subjects from the article's world. */
    private static List<String> questions(List<String> frames) {
        List<String> subjects = Arrays.asList("North Korea", "Russia", "Kim", "Putin", "Washington", "the Kremlin",
                "Pyongyang", "Seoul", "the United Nations", "Ushakov", "Ukraine", "Vietnam", "the West", "Reuters",
                "Bloomberg", "India", "the panel", "South Korea", "Moscow", "the DPRK");
        List<String> out = new ArrayList<>();
        for (String f : frames) {
            for (String s : subjects) {
                out.add(String.format(f, s));
            }
        }
        return out;
    }

    private static InMemorySnapshot actors(InMemorySnapshot s) {
        return s.actor("russia", "Russia", ActorKind.COUNTRY, "Moscow", "the Kremlin")
                .actor("north-korea", "North Korea", ActorKind.COUNTRY, "Pyongyang")
                .actor("putin", "Vladimir Putin", ActorKind.PERSON, "Putin").represents("putin", "russia")
                .actor("kim", "Kim Jong Un", ActorKind.PERSON, "Kim", "Kim Jong-un").represents("kim", "north-korea")
                .actor("united-states", "United States", ActorKind.COUNTRY, "Washington");
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BriefingBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
