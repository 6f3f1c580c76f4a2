package io.briefing.knowledge.extraction;

import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in English news text: money ("$34.4 million"), percentages, durations ("24 years"),
 * multipliers ("nine times"), years ("2023") and counts ("10,000 containers", "six nuclear tests"),
 * with the bound the wording gives them ("at least", "as many as", "about", "more than").
 */
public final class QuantityExtractor {

    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("one", 1d), Map.entry("two", 2d),
            Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d), Map.entry("six", 6d),
            Map.entry("seven", 7d), Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d),
            Map.entry("eleven", 11d), Map.entry("twelve", 12d), Map.entry("fifteen", 15d), Map.entry("twenty", 20d),
            Map.entry("fifty", 50d), Map.entry("hundred", 100d), Map.entry("dozen", 12d), Map.entry("dozens", 24d),
            Map.entry("hundreds", 200d), Map.entry("thousands", 2000d), Map.entry("millions", 2_000_000d));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final String NUMBER = "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + String.join("|", WORDS.keySet()) + ")";
    private static final String SCALE = "(?:\\s+(thousand|million|billion|trillion))?";

    private static final Pattern MONEY = Pattern.compile("(?i)([$€£])\\s?" + NUMBER + SCALE);
    /**
     * "34 million pounds", "15,000 kroner", "4.2 million Canadian dollars": a figure followed by a word
     * WordNet knows as a currency, perhaps after the capitalised name of whose currency it is.
     */
    private static final Pattern MONEY_WORD = Pattern.compile("(?i)\\b" + NUMBER + SCALE
            + "\\s+(?:((?-i:[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)?))\\s+)?(\\p{L}+)\\b");
    private static final Pattern PERCENT = Pattern.compile("(?i)\\b" + NUMBER + "\\s?(%|percent\\b|per cent\\b)");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b" + NUMBER + "\\s+(years?|months?|weeks?|days?|decades?)\\b");
    private static final Pattern MULTIPLIER = Pattern.compile("(?i)\\b" + NUMBER + "\\s+times\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b" + NUMBER + SCALE
            + "\\s+((?:[a-z][a-z\\-]+\\s+){0,2}?[a-z][a-z\\-]*s)\\b");

    public List<ExtractedQuantity> extract(String sentence) {
        List<ExtractedQuantity> found = new ArrayList<>();
        scan(sentence, MONEY, found, m -> new Parsed(value(m.group(2), m.group(3)), currency(m.group(1)), QuantityKind.MONEY));
        scan(sentence, MONEY_WORD, found, m -> isCurrency(m.group(4), m.group(2) != null)
                ? new Parsed(value(m.group(1), m.group(2)), (m.group(3) == null ? "" : m.group(3) + " ") + m.group(4).toLowerCase(Locale.ROOT),
                        QuantityKind.MONEY) : null);
        scan(sentence, PERCENT, found, m -> new Parsed(value(m.group(1), null), "percent", QuantityKind.PERCENTAGE));
        scan(sentence, MULTIPLIER, found, m -> new Parsed(value(m.group(1), null), "times", QuantityKind.MULTIPLIER));
        scan(sentence, DURATION, found, m -> new Parsed(value(m.group(1), null), plural(m.group(2)), QuantityKind.DURATION));
        scan(sentence, COUNT, found, m -> new Parsed(value(m.group(1), m.group(2)), m.group(3).toLowerCase(Locale.ROOT), QuantityKind.COUNT));
        scan(sentence, YEAR, found, m -> new Parsed(Double.parseDouble(m.group(1)), "year", QuantityKind.YEAR));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * Whether WordNet knows the word as a currency ("pounds", "kroner", "euros"): in its first two
     * senses, so "pounds" of weight count too; after "million" or "billion" in any sense, so "44
     * million crowns" is money though WordNet's crown is first a headdress (and a coin far down).
     */
    private static boolean isCurrency(String word, boolean scaled) {
        io.briefing.language.WordNet wordNet = io.briefing.language.WordNet.shared();
        String lower = word.toLowerCase(Locale.ROOT);
        return wordNet != null && (wordNet.isKindOf(lower, "monetary unit", 2) || scaled && wordNet.isKindOf(lower, "currency", ALL_SENSES));
    }

    /** More senses than any noun WordNet has for a currency word. */
    private static final int ALL_SENSES = 20;

    private record Parsed(double value, String unit, QuantityKind kind) {
    }

    private static void scan(String sentence, Pattern pattern, List<ExtractedQuantity> found, java.util.function.Function<Matcher, Parsed> parse) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(q -> q.start() < end && start < q.end())) {
                continue; // an earlier, more specific pattern already took these characters
            }
            Parsed p = parse.apply(m);
            if (p == null) {
                continue; // the pattern matched, but not what it looks for ("15 tonnes" to the currency pattern)
            }
            boolean spelledOut = Character.isLetter(m.group(1).charAt(0));
            String before = sentence.substring(Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
            if (p.kind() == QuantityKind.COUNT && spelledOut && (p.unit().length() < 3 || before.endsWith("the "))) {
                continue; // "the two leaders" names people, it does not count them
            }
            if (p.kind() == QuantityKind.COUNT && p.unit().startsWith("more ")) {
                p = new Parsed(p.value(), p.unit().substring(5), p.kind());
            }
            found.add(new ExtractedQuantity(sentence.substring(start, end), start, end, p.value(), p.unit(), p.kind(), bound(sentence, start)));
        }
    }

    private static QuantityBound bound(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 14), start).toLowerCase(Locale.ROOT);
        if (before.endsWith("at least ")) {
            return QuantityBound.AT_LEAST;
        }
        if (before.endsWith("as many as ") || before.endsWith("as much as ") || before.endsWith("up to ")) {
            return QuantityBound.UP_TO;
        }
        if (before.endsWith("more than ") || before.endsWith("over ")) {
            return QuantityBound.MORE_THAN;
        }
        if (before.endsWith("about ") || before.endsWith("around ") || before.endsWith("nearly ") || before.endsWith("roughly ")
                || before.endsWith("some ") || before.endsWith("approximately ") || before.endsWith("almost ")) {
            return QuantityBound.APPROXIMATE;
        }
        return QuantityBound.EXACT;
    }

    static double value(String number, String scale) {
        String n = number.toLowerCase(Locale.ROOT);
        double v = WORDS.containsKey(n) ? WORDS.get(n) : Double.parseDouble(n.replace(",", ""));
        if (scale != null) {
            v *= SCALES.get(scale.toLowerCase(Locale.ROOT));
        }
        return v;
    }

    private static String currency(String symbol) {
        return switch (symbol) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> "USD";
        };
    }

    private static String plural(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.endsWith("s") ? u : u + "s";
    }
}
