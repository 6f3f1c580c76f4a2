package io.briefing.curation;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * News-like test articles of a given size: paragraphs of sentences that name the curated actors,
 * carry figures, attributions and hedges, so the extractor proposes many candidates (as a long real
 * article does). Each seed gives a different text (a different content hash).
 */
public final class SyntheticArticles {

    private static final String[] ACTORS = {"Russia", "North Korea", "Pyongyang", "Moscow", "the Kremlin", "Kim Jong Un",
            "Putin", "South Korea", "Seoul", "Washington", "Ukraine", "the U.N. panel of experts", "Vietnam", "Biden"};
    private static final String[] VERBS = {"said", "told reporters", "claimed", "denied", "announced", "confirmed"};
    private static final String[] THINGS = {"artillery shells", "ballistic missiles", "tons of oil", "workers", "tanks",
            "million dollars in trade", "drones", "fighter jets"};
    private static final String[] HEDGES = {"It is unclear whether", "Analysts believe", "Officials say", "Experts warn that",
            "Observers expect that", "It is likely that"};

    private SyntheticArticles() {
    }

    /** A text of at most {@code bytes} bytes of UTF-8 (and close to it). */
    public static String text(long seed, int bytes) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(bytes);
        out.append("Report ").append(seed).append(": a long dispatch on Russia and North Korea\n\n");
        while (true) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 3 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                paragraph.append(sentence(random)).append(' ');
            }
            paragraph.setLength(paragraph.length() - 1);
            paragraph.append("\n\n");
            if (out.length() + paragraph.length() > bytes) { // ASCII only: characters == bytes
                break;
            }
            out.append(paragraph);
        }
        String text = out.toString().strip();
        if (text.getBytes(StandardCharsets.UTF_8).length > bytes) {
            throw new IllegalStateException("generated text too long");
        }
        return text;
    }

    private static String sentence(Random r) {
        String actor = pick(r, ACTORS);
        String other = pick(r, ACTORS);
        int figure = 1 + r.nextInt(9000);
        String thing = pick(r, THINGS);
        return switch (r.nextInt(6)) {
            case 0 -> actor + " has sent " + figure + " " + thing + " to " + other + " since 2023, according to " + pick(r, ACTORS) + ".";
            case 1 -> pick(r, HEDGES) + " " + actor + " could supply as many as " + figure + " " + thing + " to " + other + ".";
            case 2 -> "\"We will not accept this,\" " + actor + " " + pick(r, VERBS) + " on day " + figure + " of the talks.";
            case 3 -> "Trade between " + actor + " and " + other + " reached " + figure + " " + thing + " last year, "
                    + pick(r, VERBS) + " " + pick(r, ACTORS) + ".";
            case 4 -> "The meeting in " + actor + " lasted " + (1 + r.nextInt(12)) + " hours and ended without a statement.";
            default -> actor + " " + pick(r, VERBS) + " that " + other + " had violated sanctions " + figure + " times.";
        };
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
