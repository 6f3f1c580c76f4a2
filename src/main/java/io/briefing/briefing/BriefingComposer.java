package io.briefing.briefing;

import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.MotiveKind;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.MotiveView;
import io.briefing.snapshot.TopicView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns an {@link Interpretation} into a {@link Briefing}. Points come only from curated motives
 * (their statements) or from cited evidence (the attributed reading of its quote): nothing here
 * writes a claim the articles do not make.
 */
final class BriefingComposer {

    /** Search hits below this share of the best score are not relevant enough to cite. */
    private static final double RELEVANCE_CUTOFF = 0.35;

    private final BriefingIndex index;
    private final Interpretation in;
    private final BriefingDepth depth;
    private final int maxPoints;
    private final Predicate<EvidenceView> usable;
    private final List<Caveat> gaps = new ArrayList<>();

    BriefingComposer(BriefingIndex index, Interpretation in, BriefingDepth depth, int maxPoints, boolean includeCandidates) {
        this.index = index;
        this.in = in;
        this.depth = depth;
        this.maxPoints = maxPoints;
        this.usable = e -> includeCandidates || e.getStatus() == EvidenceStatus.CONFIRMED;
    }

    Briefing compose(String question, String facetSource) {
        BriefingFacet facet = in.facet() != null ? in.facet() : defaultFacet();
        String source = in.facet() != null ? facetSource : "DEFAULT";
        Result result = switch (facet) {
            case MOTIVES, OFFERS, CONCERNS -> motives(kindOf(facet));
            case OVERVIEW -> overview();
            case AGENDA, EVIDENCE -> search(facet);
        };
        if (!in.unknownNames().isEmpty() || !in.unknownTerms().isEmpty()) {
            List<String> missing = notInArticles();
            gaps.add(new Caveat(CaveatKind.NOT_COVERED, articlesPhrase(true) + never() + ": "
                    + String.join(", ", missing) + ".", List.of()));
            if (result.coverage() == Coverage.FULL) {
                result = new Result(result.points(), result.counterpoints(), Coverage.PARTIAL, result.method());
            }
        }
        List<BriefingPoint> points = result.coverage() == Coverage.NONE ? List.of() : result.points();
        List<Caveat> caveats = caveats(points, result.coverage() == Coverage.NONE ? List.of() : result.counterpoints());
        BriefingInterpretation interpretation = new BriefingInterpretation(in.subject(), in.actors(), in.topics(), facet,
                source, result.method(), in.contentTerms(), notInArticles(), summary(facet, result.method()));
        String headline = headline(facet, points, result.coverage());
        return new Briefing(question, interpretation, headline, points, caveats, result.coverage(), sources(points, caveats));
    }

    private record Result(List<BriefingPoint> points, List<EvidenceView> counterpoints, Coverage coverage, String method) {
    }

    private BriefingFacet defaultFacet() {
        if (in.subject() != null) {
            return BriefingFacet.OVERVIEW;
        }
        return BriefingFacet.EVIDENCE;
    }

    private static MotiveKind kindOf(BriefingFacet facet) {
        return switch (facet) {
            case OFFERS -> MotiveKind.OFFER;
            case CONCERNS -> MotiveKind.CONCERN;
            default -> MotiveKind.GOAL;
        };
    }

    // ---- motives ------------------------------------------------------------------------------

    private Result motives(MotiveKind kind) {
        ActorView holder = in.motiveHolder();
        if (holder == null && in.topics().isEmpty()) {
            if (!in.unknownNames().isEmpty()) {
                return new Result(List.of(), List.of(), Coverage.NONE, "MOTIVES");
            }
            return search(BriefingFacet.EVIDENCE);
        }
        List<MotiveView> candidates = index.snapshot().motives().stream()
                .filter(m -> m.getKind() == kind)
                .filter(m -> holder == null || m.getActor() == holder || m.getActor() == in.subject())
                .toList();
        Coverage coverage = Coverage.FULL;
        if (holder != null && !in.topics().isEmpty()) {
            List<MotiveView> onTopic = candidates.stream().filter(m -> m.getTopics().stream().anyMatch(in.topics()::contains)).toList();
            if (!onTopic.isEmpty()) {
                candidates = onTopic;
            } else if (!candidates.isEmpty()) {
                coverage = Coverage.PARTIAL;
                gaps.add(new Caveat(CaveatKind.NOT_COVERED, "None of " + holder.getName() + "'s curated "
                        + kind.name().toLowerCase(Locale.ROOT) + "s concerns " + topicNames()
                        + "; these are all of them.", List.of()));
            }
        }
        if (holder == null) {
            candidates = candidates.stream().filter(m -> m.getTopics().stream().anyMatch(in.topics()::contains)).toList();
        }
        List<BriefingPoint> points = motivePoints(candidates);
        if (points.isEmpty()) {
            // No curated motive of this kind: fall back to evidence about the subject, and say so.
            Result found = search(BriefingFacet.EVIDENCE);
            if (holder != null) {
                gaps.add(new Caveat(CaveatKind.NOT_COVERED, "The knowledge base has no curated "
                        + kind.name().toLowerCase(Locale.ROOT) + " for " + holder.getName()
                        + "; the points are the closest evidence instead.", List.of()));
            }
            Coverage c = found.coverage() == Coverage.NONE ? Coverage.NONE : Coverage.PARTIAL;
            return new Result(found.points(), found.counterpoints(), c, found.method());
        }
        List<EvidenceView> counter = candidates.stream().flatMap(m -> m.getCounterEvidence().stream()).filter(usable).distinct().toList();
        return new Result(points, counter, coverage, "MOTIVES");
    }

    private Result overview() {
        ActorView holder = in.motiveHolder();
        if (holder == null && in.topics().isEmpty() && !in.contentTerms().isEmpty()) {
            // "Explain X" where X is neither an actor nor a topic: let the search judge coverage.
            return search(BriefingFacet.EVIDENCE);
        }
        List<MotiveView> candidates = index.snapshot().motives().stream()
                .filter(m -> holder == null || m.getActor() == holder || m.getActor() == in.subject())
                .filter(m -> in.topics().isEmpty() || m.getTopics().stream().anyMatch(in.topics()::contains))
                .toList();
        if (holder == null && in.topics().isEmpty()) {
            // Whole-article overview: each actor's most important motive first, then the rest.
            Map<ActorView, MotiveView> firstPerActor = new LinkedHashMap<>();
            candidates.forEach(m -> firstPerActor.putIfAbsent(m.getActor(), m));
            List<MotiveView> ordered = new ArrayList<>(firstPerActor.values());
            candidates.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
            candidates = ordered;
        }
        List<BriefingPoint> points = motivePoints(candidates);
        if (points.isEmpty()) {
            return search(BriefingFacet.EVIDENCE);
        }
        List<EvidenceView> counter = candidates.stream().flatMap(m -> m.getCounterEvidence().stream()).filter(usable).distinct().toList();
        return new Result(points, counter, Coverage.FULL, "MOTIVES");
    }

    private List<BriefingPoint> motivePoints(List<MotiveView> motives) {
        Map<String, BriefingPoint> byStatement = new LinkedHashMap<>();
        Set<EvidenceView> cited = new LinkedHashSet<>();
        for (MotiveView motive : motives) {
            if (byStatement.size() >= maxPoints) {
                break;
            }
            List<EvidenceView> support = motive.getEvidence().stream().filter(usable).toList();
            if (support.isEmpty()) {
                continue;
            }
            // Prefer evidence no earlier point cited, so each point adds something.
            List<EvidenceView> ordered = new ArrayList<>(support.stream().filter(e -> !cited.contains(e)).toList());
            support.stream().filter(cited::contains).forEach(ordered::add);
            List<EvidenceView> chosen = ordered.stream().limit(depth.evidencePerPoint()).toList();
            cited.addAll(chosen);
            String key = motive.getStatement().strip().toLowerCase(Locale.ROOT);
            BriefingPoint existing = byStatement.get(key);
            if (existing != null) {
                Set<EvidenceView> merged = new LinkedHashSet<>(existing.evidence());
                merged.addAll(chosen);
                byStatement.put(key, new BriefingPoint(existing.statement(), List.copyOf(merged), existing.motive()));
            } else {
                byStatement.put(key, new BriefingPoint(motive.getStatement(), chosen, motive));
            }
        }
        return List.copyOf(byStatement.values());
    }

    // ---- search -------------------------------------------------------------------------------

    private Result search(BriefingFacet facet) {
        Map<String, Double> query = in.queryStems();
        List<BriefingIndex.Hit> hits = index.search(query, usable).stream()
                .map(h -> new BriefingIndex.Hit(h.evidence(), h.score() * boost(h.evidence()), h.matchedStems()))
                .sorted(Comparator.comparingDouble(BriefingIndex.Hit::score).reversed())
                .toList();
        boolean recognised = !in.actors().isEmpty() || !in.topics().isEmpty();
        Set<String> contentStems = in.contentTerms().stream().map(Vocabulary::stem).collect(Collectors.toSet());
        long matchedTerms = contentStems.stream().filter(index::inCorpus).count();
        double fraction = contentStems.isEmpty() ? (recognised ? 1 : 0) : (double) matchedTerms / contentStems.size();
        boolean topHitOnContent = !hits.isEmpty() && (recognised
                || hits.get(0).matchedStems().stream().anyMatch(contentStems::contains));

        if (hits.isEmpty() && recognised) {
            // Nothing matched the words, but the question names an actor or topic: use its evidence.
            hits = index.snapshot().evidence().stream().filter(usable)
                    .filter(e -> e.getTopics().stream().anyMatch(in.topics()::contains)
                            || e.getActors().stream().anyMatch(in.actors()::contains))
                    .map(e -> new BriefingIndex.Hit(e, boost(e), Set.of()))
                    .sorted(Comparator.comparingDouble(BriefingIndex.Hit::score).reversed()).toList();
            topHitOnContent = !hits.isEmpty();
        }
        Coverage coverage;
        if (hits.isEmpty() || !topHitOnContent || (!recognised && (fraction < 0.5 || !in.unknownNames().isEmpty()))) {
            coverage = Coverage.NONE;
        } else if (fraction < 1 || !in.unknownNames().isEmpty()) {
            coverage = Coverage.PARTIAL;
        } else {
            coverage = Coverage.FULL;
        }
        double top = hits.isEmpty() ? 0 : hits.get(0).score();
        Map<String, BriefingPoint> points = new LinkedHashMap<>();
        for (BriefingIndex.Hit hit : hits) {
            if (points.size() >= maxPoints || hit.score() < top * RELEVANCE_CUTOFF) {
                break;
            }
            EvidenceView e = hit.evidence();
            points.putIfAbsent(e.getCleanQuote().strip().toLowerCase(Locale.ROOT),
                    new BriefingPoint(attributed(e), List.of(e), null));
        }
        List<EvidenceView> cited = points.values().stream().flatMap(p -> p.evidence().stream()).toList();
        List<EvidenceView> counter = index.snapshot().motives().stream()
                .filter(m -> m.getEvidence().stream().anyMatch(cited::contains))
                .flatMap(m -> m.getCounterEvidence().stream())
                .filter(usable).filter(e -> !cited.contains(e)).distinct().toList();
        return new Result(List.copyOf(points.values()), facet == BriefingFacet.AGENDA ? List.of() : counter, coverage, "SEARCH");
    }

    /** Ranking boosts from the interpretation: the named actors and topics, figures when asked, importance. */
    private double boost(EvidenceView e) {
        double boost = 1 + 0.05 * e.getImportance();
        if (e.getTopics().stream().anyMatch(in.topics()::contains)) {
            boost *= 1.5;
        }
        if (e.getActors().stream().anyMatch(in.actors()::contains)
                || (e.getSpeakerActor() != null && in.actors().contains(e.getSpeakerActor()))) {
            boost *= 1.5;
        }
        if (in.asksForFigures() && !e.getQuantities().isEmpty()) {
            boost *= 1.5;
        }
        return boost;
    }

    // ---- caveats, headline, sources -----------------------------------------------------------

    private List<Caveat> caveats(List<BriefingPoint> points, List<EvidenceView> counterpoints) {
        List<Caveat> caveats = new ArrayList<>();
        int counterLimit = switch (depth) {
            case HEADLINE -> 1;
            case SUMMARY -> 3;
            case DETAILED -> Integer.MAX_VALUE;
        };
        Set<EvidenceView> cited = new LinkedHashSet<>();
        points.forEach(p -> cited.addAll(p.evidence()));
        counterpoints.stream().filter(e -> !cited.contains(e)).limit(counterLimit)
                .forEach(e -> caveats.add(new Caveat(CaveatKind.COUNTERPOINT, attributed(e), List.of(e))));
        caveats.addAll(gaps);
        if (depth == BriefingDepth.HEADLINE) {
            return List.copyOf(caveats);
        }
        for (int i = 0; i < points.size(); i++) {
            for (EvidenceView e : points.get(i).evidence()) {
                Certainty c = e.getCertainty();
                boolean weak = c == Certainty.UNCLEAR || c == Certainty.DENIED
                        || (depth == BriefingDepth.DETAILED && (c == Certainty.CLAIMED || c == Certainty.BELIEVED));
                if (weak) {
                    caveats.add(new Caveat(CaveatKind.UNCERTAIN_SOURCE, "Point " + (i + 1) + " cites evidence marked "
                            + c.name() + (e.getSpeaker() == null ? "" : " (" + e.getSpeaker() + ")") + ".", List.of(e)));
                }
                if (!e.getArtifacts().isEmpty()) {
                    String damaged = e.getArtifacts().stream()
                            .map(a -> a.getText().isEmpty() ? a.getKind().name() : "\"" + a.getText() + "\" reads \"" + a.getReading() + "\"")
                            .collect(Collectors.joining("; "));
                    caveats.add(new Caveat(CaveatKind.DAMAGED_TEXT, "The quote cited in point " + (i + 1)
                            + " contains scraping artifacts (" + damaged + "); it is reproduced verbatim."
                            + (e.getNote() == null ? "" : " Curator's note: " + e.getNote()), List.of(e)));
                }
                if (e.getStatus() == EvidenceStatus.CANDIDATE) {
                    caveats.add(new Caveat(CaveatKind.UNCONFIRMED_EVIDENCE, "Point " + (i + 1)
                            + " cites machine-extracted evidence that no editor has confirmed.", List.of(e)));
                }
            }
        }
        return List.copyOf(caveats);
    }

    private String headline(BriefingFacet facet, List<BriefingPoint> points, Coverage coverage) {
        if (coverage == Coverage.NONE || points.isEmpty()) {
            String missing = in.unknownNames().isEmpty() ? "" : ": " + articlesPhrase(false) + never() + " "
                    + String.join(", ", in.unknownNames());
            return articlesPhrase(true) + " in the knowledge base " + (articleCount() == 1 ? "does" : "do")
                    + " not address this question" + missing + ".";
        }
        String first = points.get(0).statement();
        String prefix = coverage == Coverage.PARTIAL ? "Partly covered. " : "";
        if (depth == BriefingDepth.HEADLINE) {
            return prefix + first;
        }
        ActorView holder = in.motiveHolder();
        boolean motives = points.get(0).motive() != null;
        if (motives && holder != null && facet != BriefingFacet.OVERVIEW) {
            String what = switch (facet) {
                case OFFERS -> "things it offers";
                case CONCERNS -> "concerns";
                default -> "things it wants";
            };
            return prefix + holder.getName() + ": " + points.size() + " " + (points.size() == 1 ? what.replace("things", "thing").replace("concerns", "concern") : what)
                    + " in the articles. Foremost: " + first;
        }
        return prefix + first;
    }

    private List<EvidenceView> sources(List<BriefingPoint> points, List<Caveat> caveats) {
        Set<EvidenceView> all = new LinkedHashSet<>();
        points.forEach(p -> all.addAll(p.evidence()));
        caveats.forEach(c -> all.addAll(c.evidence()));
        return List.copyOf(all);
    }

    private List<String> notInArticles() {
        Map<String, String> missing = new LinkedHashMap<>();
        in.unknownNames().forEach(n -> missing.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        in.unknownTerms().forEach(t -> missing.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        return List.copyOf(missing.values());
    }

    private String summary(BriefingFacet facet, String method) {
        StringBuilder s = new StringBuilder("Read as ").append(facet.name()).append(" of ");
        if (in.subject() != null) {
            s.append(in.subject().getName());
            if (in.subject().getRepresents() != null && in.subject().getRepresents() != in.subject()) {
                s.append(" (for ").append(in.subject().getRepresents().getName()).append(")");
            }
        } else {
            s.append("no particular actor");
        }
        if (!in.topics().isEmpty()) {
            s.append(" on ").append(topicNames());
        }
        s.append("; points chosen from ").append(method.equals("MOTIVES") ? "curated motives" : "a ranked search of the evidence");
        if (!in.contentTerms().isEmpty() && method.equals("SEARCH")) {
            s.append(" for \"").append(String.join(" ", in.contentTerms())).append('"');
        }
        return s.append('.').toString();
    }

    private String topicNames() {
        return in.topics().stream().map(TopicView::getName).collect(Collectors.joining(", "));
    }

    private int articleCount() {
        return Math.max(1, index.snapshot().articles().size());
    }

    private String never() {
        return articleCount() == 1 ? " never mentions" : " never mention";
    }

    private String articlesPhrase(boolean capital) {
        String s = articleCount() == 1 ? "the article" : "the articles";
        return capital ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    /** A quote's cleaned reading with its source: faithful, and never a new claim. */
    static String attributed(EvidenceView e) {
        String reading = e.getCleanQuote().strip();
        String speaker = e.getSpeaker();
        if (speaker == null || speaker.isBlank() || speaker.toLowerCase(Locale.ROOT).startsWith("the article")) {
            return reading;
        }
        return "According to " + speaker + ": \u201C" + reading + "\u201D";
    }
}
