package io.briefing.snapshot;

import io.briefing.article.ArticleText;
import io.briefing.article.Paragraph;
import io.briefing.article.Sentence;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.extraction.EvidenceExtractor;
import io.briefing.knowledge.extraction.ExtractedQuantity;
import io.briefing.knowledge.extraction.QuantityExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every sentence of an article as an UNREVIEWED evidence item, so briefings can answer from text no
 * editor has curated yet. A passage is the raw sentence (its quote equals the article text at its
 * offsets, like any evidence), with the speaker, certainty and figures the extractor reads from its
 * wording, and the time expressions it holds. Passages are derived from the text when a snapshot is built and never stored.
 */
public final class Passages {

    private static final QuantityExtractor QUANTITIES = new QuantityExtractor();
    private static final io.briefing.knowledge.extraction.TimeExpressionExtractor TIMES = new io.briefing.knowledge.extraction.TimeExpressionExtractor();

    /** What a sentence says, read once per article text and date: the costly part of a passage. */
    private record Reading(int sentence, int paragraph, int start, int end, String quote, String reading, String speaker,
            Certainty certainty, EvidenceKind kind, List<ArtifactView> artifacts, String section,
            List<TimeExpressionView> times, List<QuantityView> quantities) {

        Reading withSpeaker(String other) {
            return new Reading(sentence, paragraph, start, end, quote, reading, other, certainty,
                    other == null && kind == EvidenceKind.STATEMENT ? EvidenceKind.REPORT : kind, artifacts, section, times, quantities);
        }
    }


    /**
     * Readings by article text hash and publication date. A snapshot is rebuilt after every change,
     * but an article's text never changes: its sentences are read once, not at every rebuild.
     */
    private static final Map<String, List<Reading>> READINGS = new ConcurrentHashMap<>();

    private Passages() {
    }

    /** The article's sentences outside headings and placeholder lines, in reading order. */
    static List<EvidenceView> of(ArticleView article) {
        List<Reading> readings = READINGS.computeIfAbsent(key(article), k -> read(article));
        List<EvidenceView> passages = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            // Synthetic ids below zero never collide with stored evidence.
            long id = -(article.dbId * 100_000L + r.sentence() + 1);
            EvidenceView view = new EvidenceView(id, "passage:" + article.getSlug() + ":" + r.sentence(), r.quote(), r.start(),
                    r.end(), r.speaker(), r.certainty(), r.kind(), 1, null, List.of(), Provenance.EXTRACTED,
                    EvidenceStatus.UNREVIEWED, 0, article.getCreatedAt());
            view.article = article;
            view.cleanQuote = r.reading();
            view.artifacts = r.artifacts();
            view.paragraphIndex = r.paragraph();
            view.section = r.section();
            view.times = r.times();
            view.quantities = r.quantities();
            passages.add(view);
        }
        return List.copyOf(passages);
    }

    /** Forgets the readings of texts no longer stored. */
    static void retainOnly(java.util.Collection<ArticleView> articles) {
        java.util.Set<String> keep = new java.util.HashSet<>();
        articles.forEach(a -> keep.add(key(a)));
        READINGS.keySet().retainAll(keep);
    }

    private static String key(ArticleView article) {
        return article.getContentHash() + "|" + article.getPublishedOn();
    }

    private static List<Reading> read(ArticleView article) {
        ArticleText text = article.analysis();
        List<Reading> readings = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            if (paragraph.heading() || paragraph.placeholder()) {
                continue;
            }
            for (Sentence sentence : paragraph.sentences()) {
                readings.add(read(article, text, paragraph, sentence));
            }
        }
        return List.copyOf(fullSpeakerNames(quoteOpeners(readings), text.raw()));
    }

    /**
     * A quotation that runs over several sentences names its speaker once, at its end ("\"We respect
     * our pilots ... costs. That is money this airline does not have,\" Hovland said."): a sentence
     * that opens a quotation without closing it, and names no speaker, is the next sentence's speaker's
     * if that sentence, in the same paragraph, has one.
     */
    private static List<Reading> quoteOpeners(List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings);
        for (int i = out.size() - 2; i >= 0; i--) {
            Reading r = out.get(i);
            Reading next = out.get(i + 1);
            if (r.speaker() == null && next.speaker() != null && next.paragraph() == r.paragraph() && opensQuotation(r.quote())) {
                out.set(i, r.withSpeaker(next.speaker()));
            }
        }
        return out;
    }

    /** Whether a sentence opens a quotation it does not close. */
    private static boolean opensQuotation(String quote) {
        String q = quote.strip();
        if (q.startsWith("\u201c")) {
            return q.indexOf('\u201d') < 0;
        }
        return q.startsWith("\"") && q.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /**
     * News names a person in full once ("said Rosa Quispe, president of the cooperative") and by
     * surname after that ("Quispe said"). A surname-only speaker is attributed by the name the
     * article first gave them, so "According to Quispe" reads "According to Rosa Quispe" and a
     * reader (or a "who" question) learns who spoke. The quote itself is untouched.
     */
    private static List<Reading> fullSpeakerNames(List<Reading> readings, String raw) {
        Map<String, String> resolved = new java.util.HashMap<>();
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            String speaker = r.speaker();
            if (speaker != null && SURNAME.matcher(speaker).matches()) {
                String full = resolved.computeIfAbsent(speaker, s -> fullName(raw, s));
                r = full == null ? r : r.withSpeaker(full);
            }
            out.add(r);
        }
        return out;
    }

    /** A single capitalised word that may be a surname. */
    private static final java.util.regex.Pattern SURNAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'\u2019\\-]+");

    /**
     * The first mention of a surname with the capitalised words before it ("Fisheries Minister Ragna
     * Solberg", "Dr Alan Whitcombe"); words that cannot be part of a name or title (function words,
     * adverbs such as a sentence-opening "But" or "Now") end it. Null when the article never gives more.
     */
    static String fullName(String raw, String surname) {
        // Found by the surname's occurrences and a walk back over the words before each: a pattern
        // scanned over the whole article for every surname cost a third of a long article's ingestion.
        io.briefing.language.WordNet wordNet = io.briefing.language.WordNet.shared();
        for (int at = raw.indexOf(surname); at >= 0; at = raw.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (end < raw.length() && Character.isLetter(raw.charAt(end))) {
                continue; // inside a longer word
            }
            String[] before = capitalisedWordsBefore(raw, at);
            int first = before.length;
            while (first > 0 && partOfName(before[first - 1], wordNet)) {
                first--;
            }
            if (first < before.length) {
                return String.join(" ", java.util.Arrays.asList(before).subList(first, before.length)) + " " + surname;
            }
        }
        return null;
    }

    /** A capitalised word as a name or title writes it: "Dr", "Won-seok", "O'Neill", "Jr.". */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'\u2019\\-]*\\.?");

    /**
     * Up to four capitalised words right before a position, each followed by one space, nearest last;
     * a word must start the text or follow something other than a letter or a full stop.
     */
    private static String[] capitalisedWordsBefore(String raw, int at) {
        java.util.ArrayDeque<String> words = new java.util.ArrayDeque<>();
        int pos = at;
        while (words.size() < 4 && pos >= 2 && (raw.charAt(pos - 1) == ' ' || raw.charAt(pos - 1) == '\u00a0')) {
            int wordEnd = pos - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && nameChar(raw.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = raw.substring(wordStart, wordEnd);
            if (!NAME_WORD.matcher(word).matches() || wordStart > 0 && (Character.isLetter(raw.charAt(wordStart - 1)) || raw.charAt(wordStart - 1) == '.')
                    || word.endsWith(".") && !io.briefing.article.TextSegmenter.isAbbreviation(word)) {
                break; // "against Kiev. Russian forces": a sentence ends there, no name runs over it ("Dr. Alan Whitcombe" does)
            }
            words.addFirst(word);
            pos = wordStart;
        }
        return words.toArray(new String[0]);
    }

    private static boolean nameChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }

    private static boolean partOfName(String word, io.briefing.language.WordNet wordNet) {
        String bare = word.replaceAll("[.'\u2019]+$", "").replaceAll("['\u2019]s$", "");
        if (bare.isEmpty() || io.briefing.language.EnglishAnalysis.isStopWord(bare) || EvidenceExtractor.isPronoun(bare)
                || !bare.equals(word.replaceAll("\\.$", ""))) {
            return false; // "The", "But", or a possessive ("Kestrel Cloud's") that owns the person rather than names them
        }
        if (wordNet == null) {
            return true;
        }
        io.briefing.language.WordNet.Related related = wordNet.related(bare.toLowerCase(java.util.Locale.ROOT));
        return !related.known() || related.mainlyName() || related.mainlyNoun() && !related.mainlyAdverb();
    }

    private static Reading read(ArticleView article, ArticleText text, Paragraph paragraph, Sentence sentence) {
        String quote = sentence.span().of(text.raw());
        String reading = text.cleanReading(sentence.span());
        // "She said ..." is the speaker named before it, as ingestion reads it (see EvidenceExtractor.speakerOf).
        String speaker = EvidenceExtractor.speakerOf(text, sentence, reading);
        Certainty certainty = EvidenceExtractor.certainty(reading, speaker);
        List<ExtractedQuantity> figures = QUANTITIES.extract(quote);
        EvidenceKind kind = !figures.isEmpty() ? EvidenceKind.STATISTIC
                : speaker != null ? EvidenceKind.STATEMENT : EvidenceKind.REPORT;
        int start = sentence.span().start();
        return new Reading(sentence.index(), paragraph.index(), start, sentence.span().end(), quote, reading, speaker,
                certainty, kind, text.artifactsWithin(sentence.span()).stream().map(ArtifactView::new).toList(),
                text.headingBefore(start).map(h -> h.span().of(text.raw())).orElse(null),
                TIMES.extract(quote, start, article.getPublishedOn()).stream().map(TimeExpressionView::of).toList(),
                figures.stream().map(q -> new QuantityView(q.text(), q.value(), q.unit(), q.kind(), q.bound(),
                        start + q.start(), start + q.end())).toList());
    }
}
