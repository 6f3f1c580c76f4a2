package io.briefing.web;

import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.snapshot.ArticleView;
import io.briefing.snapshot.ArtifactView;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.ParagraphView;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Read page of one article: its raw paragraphs with every evidence span marked by certainty,
 * machine-proposed (unreviewed) spans set apart, scraping artifacts flagged with their likely
 * reading, and the requested span ({@code ?hl=start-end}) highlighted exactly at its offsets.
 */
@TemplateData
public record ArticlePage(String slug, String title, String source, String url, String publishedOn,
        List<Block> paragraphs, String highlight, String highlightText, String error, List<LegendEntry> legend,
        int evidenceCount, int candidateCount, int artifactCount, String flowsHref) {

    @TemplateData
    public record Block(int index, int start, int end, boolean heading, boolean placeholder, List<TextLayers.Run> runs) {
    }

    @TemplateData
    public record LegendEntry(String cssClass, String label, String meaning) {
    }

    private static final Pattern SPAN = Pattern.compile("(\\d{1,9})-(\\d{1,9})");
    static final int MAX_HIGHLIGHT_PARAMETER = 40;

    /** The page; {@code hl} is the raw query parameter (may be null or anything a client sent). */
    static ArticlePage of(ArticleView article, String hl) {
        String text = article.getText();
        int[] span = null;
        String error = null;
        if (hl != null && !hl.isEmpty()) {
            Matcher m = hl.length() <= MAX_HIGHLIGHT_PARAMETER ? SPAN.matcher(hl) : null;
            if (m == null || !m.matches()) {
                error = "The highlight must be two offsets, start-end (for example 120-180); got '"
                        + abbreviate(hl) + "'.";
            } else {
                int start = Integer.parseInt(m.group(1));
                int end = Integer.parseInt(m.group(2));
                if (start >= end || end > text.length()) {
                    error = "The highlight " + start + "-" + end + " is not a span of this article (its text has "
                            + text.length() + " characters; start must be below end).";
                } else {
                    span = new int[] {start, end};
                }
            }
        }
        List<TextLayers.Mark> marks = new ArrayList<>();
        int candidates = 0;
        for (EvidenceView e : article.evidenceItems()) {
            boolean candidate = e.getStatus() == EvidenceStatus.CANDIDATE;
            candidates += candidate ? 1 : 0;
            String who = e.getSpeaker() == null ? "" : " by " + e.getSpeaker();
            marks.add(new TextLayers.Mark(e.getStart(), e.getEnd(),
                    "ev c-" + Words.cssName(e.getCertainty()) + (candidate ? " cand" : ""),
                    capitalise(Words.certainty(e.getCertainty())) + who
                            + (candidate ? " (unreviewed: proposed by the machine, not yet confirmed by an editor)" : "")));
        }
        List<TextLayers.Flag> flags = new ArrayList<>();
        for (ArtifactView a : article.getArtifacts()) {
            flags.add(new TextLayers.Flag(a.getStart(), a.getEnd(), "Scraping artifact (" + Words.artifact(a.getKind())
                    + "), shown as in the source. Likely reading: "
                    + (a.getReading().isEmpty() ? "nothing (not article text)" : "\u201c" + a.getReading() + "\u201d")));
        }
        List<Block> blocks = new ArrayList<>();
        boolean anchored = false;
        for (ParagraphView p : article.getParagraphs()) {
            List<TextLayers.Mark> inside = marks.stream().filter(mk -> mk.start() < p.getEnd() && p.getStart() < mk.end()).toList();
            List<TextLayers.Flag> flagged = flags.stream().filter(f -> f.start() < p.getEnd() && p.getStart() < f.end()).toList();
            List<TextLayers.Run> runs = TextLayers.runs(text, p.getStart(), p.getEnd(), inside, flagged, span, anchored);
            anchored = anchored || runs.stream().anyMatch(TextLayers.Run::firstMark);
            blocks.add(new Block(p.getIndex(), p.getStart(), p.getEnd(), p.isHeading(), p.isPlaceholder(), runs));
        }
        List<LegendEntry> legend = new ArrayList<>(Arrays.stream(Certainty.values())
                .map(c -> new LegendEntry("ev c-" + Words.cssName(c), Words.certainty(c), Words.certaintyMeaning(c))).toList());
        legend.add(new LegendEntry("ev cand", "unreviewed", "proposed by the machine, not yet confirmed by an editor"));
        legend.add(new LegendEntry("artifact", "scraping artifact", "kept as in the source; hover for the likely reading"));
        return new ArticlePage(article.getSlug(), article.getTitle(), article.getSource(), article.getUrl(),
                article.getPublishedOn() == null ? null : article.getPublishedOn().toString(), blocks,
                span == null ? null : span[0] + "-" + span[1], span == null ? null : text.substring(span[0], span[1]), error,
                legend, article.evidenceItems().size(), candidates, article.getArtifacts().size(),
                "/flows?article=" + Links.encode(article.getSlug()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String abbreviate(String s) {
        return s.length() <= MAX_HIGHLIGHT_PARAMETER ? s : s.substring(0, MAX_HIGHLIGHT_PARAMETER) + "\u2026";
    }
}
