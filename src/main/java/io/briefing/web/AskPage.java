package io.briefing.web;

import io.briefing.briefing.Briefing;
import io.briefing.briefing.BriefingPoint;
import io.briefing.briefing.Caveat;
import io.briefing.briefing.CaveatKind;
import io.briefing.briefing.Coverage;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.snapshot.EvidenceView;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Ask page: the form as the reader filled it, and the briefing (or the error) it produced. */
@TemplateData
public record AskPage(String question, List<Option> actors, List<Option> topics, List<Option> articles, List<Option> facets,
        List<Option> depths, List<Suggestion> suggestions, boolean narrowed, BriefingModel briefing, String error) {

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    @TemplateData
    public record Suggestion(String question, String href) {
    }

    @TemplateData
    public record Citation(int number, String href, String quote) {
    }

    @TemplateData
    public record Point(String statement, List<Citation> citations) {
    }

    @TemplateData
    public record Note(String kind, String cssClass, String statement, List<Citation> citations) {
    }

    @TemplateData
    public record Source(int number, String quote, String speaker, String certainty, String certaintyClass,
            String articleTitle, String href, int start, int end, boolean candidate) {
    }

    @TemplateData
    public record BriefingModel(String headline, String coverage, String coverageWords, String coverageClass,
            boolean notCovered, String reading, List<Point> points, List<Note> counterpoints, List<Note> caveats,
            List<Source> sources) {
    }

    /** The briefing as the page shows it: citations numbered in the order of the briefing's sources. */
    static BriefingModel model(Briefing briefing) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, EvidenceView> byKey = new LinkedHashMap<>();
        for (EvidenceView e : briefing.getSources()) {
            numbers.putIfAbsent(e.getKey(), numbers.size() + 1);
            byKey.putIfAbsent(e.getKey(), e);
        }
        List<Point> points = new ArrayList<>();
        for (BriefingPoint p : briefing.getPoints()) {
            points.add(new Point(p.statement(), cite(p.evidence(), numbers, byKey)));
        }
        List<Note> counterpoints = new ArrayList<>();
        List<Note> caveats = new ArrayList<>();
        for (Caveat c : briefing.getCaveats()) {
            Note note = new Note(Words.caveat(c.kind()), "note-" + Words.cssName(c.kind()), c.statement(), cite(c.evidence(), numbers, byKey));
            (c.kind() == CaveatKind.COUNTERPOINT ? counterpoints : caveats).add(note);
        }
        List<Source> sources = new ArrayList<>();
        for (EvidenceView e : byKey.values()) {
            sources.add(new Source(numbers.get(e.getKey()), e.getQuote(), e.getSpeaker(), Words.certainty(e.getCertainty()),
                    Words.cssName(e.getCertainty()), e.getArticle().getTitle(), Links.quote(e), e.getStart(), e.getEnd(),
                    e.getStatus() != EvidenceStatus.CONFIRMED));
        }
        Coverage coverage = briefing.getCoverage();
        return new BriefingModel(briefing.getHeadline(), coverage.name(), Words.coverage(coverage), Words.cssName(coverage),
                coverage == Coverage.NONE, briefing.getInterpretation().summary(), points, counterpoints, caveats, sources);
    }

    /** Numbers for the cited evidence; evidence missing from the sources list is added to it. */
    private static List<Citation> cite(List<EvidenceView> evidence, Map<String, Integer> numbers, Map<String, EvidenceView> byKey) {
        List<Citation> citations = new ArrayList<>();
        for (EvidenceView e : evidence) {
            Integer n = numbers.get(e.getKey());
            if (n == null) {
                n = numbers.size() + 1;
                numbers.put(e.getKey(), n);
                byKey.put(e.getKey(), e);
            }
            citations.add(new Citation(n, Links.quote(e), e.getQuote()));
        }
        return citations;
    }
}
