package io.briefing.briefing;

import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.ReviewStatus;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.ArticleView;
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
import io.briefing.language.EnglishAnalysis;
import io.briefing.language.Lemmas;
import io.briefing.language.WordNet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns an {@link Interpretation} into a {@link Briefing}. Points come only from curated motives
 * (their statements) or from cited evidence (the attributed reading of its quote): nothing here
 * writes a claim the articles do not make.
 */
final class BriefingComposer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BriefingComposer.class);

    /** Search hits below this share of the best score are not relevant enough to cite. */
    private static final double RELEVANCE_CUTOFF = 0.2;
    /** Below this share of the question's focus in the best sentence, the articles do not answer it (calibrated on the evaluation suite). */
    static final double NONE_BELOW = 0.25;
    /** At or above this share of the focus, a sentence answers whatever word it lacks. */
    static final double FULL_COVER = 0.45;
    /** A further point must cover at least this share of the focus. */
    private static final double MIN_POINT_COVER = 0.1;
    /** What a sentence below MIN_POINT_COVER keeps of its score: it ranks after every sentence that can be a point. */
    private static final double UNCITABLE_FACTOR = 0.05;
    /** A sentence holds what a what/which question asks for when it has the noun or a word this close to it (a narrower word). */
    private static final double CLASS_MATCH = 0.6;
    /** How many of the best hits bring the sentence after them along (any for "who" questions, one that refers back for others). */
    private static final int NEIGHBOURED_HITS = 10;
    /** For "who" questions, how much the neighbouring sentences' words count for a sentence that names a new person. */
    private static final double PERSON_CONTEXT_SHARE = 0.9;
    /** A sentence that opens with a pronoun takes this share of the focus the sentence before it covers. */
    private static final double CONTINUATION_SHARE = 0.8;
    /** A question about a thing its articles never mention is answered only by a sentence that covers this much of it otherwise. */
    private static final double ABSENT_THING_COVER = 0.75;
    /** A sentence that holds what a what/which question asks for and names its actors answers it when it covers this share of the focus. */
    private static final double CLASS_COVER = 0.15;
    /** Answer types whose absence from the best sentence means the articles do not answer the question. */
    private static final Set<AnswerType> REQUIRED_ANSWER = Set.of(AnswerType.TIME, AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.DURATION);
    /** A sentence holding what the question sets apart ("apart from X") keeps this share of its score. */
    private static final double EXCLUDED_FACTOR = 0.6;
    /** A "who" question's class ("minister") in a sentence that names no one new counts this much. */
    private static final double UNNAMED_CLASS_FACTOR = 0.7;
    /** A sentence that names the asked-about actor and states a motive covers at least this much of the focus. */
    private static final double NAMED_STATING_COVER = 0.5;
    /** A motive a quoted speaker states for themselves ("we want") when the question asks about someone else. */
    private static final double OTHER_SPEAKER_FACTOR = 0.6;
    /** "we want", "I fear", "we are demanding": a motive in the first person. */
    private static final java.util.regex.Pattern FIRST_PERSON_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:we|i)\\s+(?:(?:are|am|do|also|still|really|just)\\s+)?(?:want|wants|need|seek|demand|demanding|fear|hope|expect|offer|propose|ask|worry|worried)\\b");
    /** "if", "unless": a question about what happens on a condition is answered by a sentence that states one. */
    private static final java.util.regex.Pattern CONDITIONAL = java.util.regex.Pattern.compile("(?i)\\b(?:if|unless)\\b");
    private static final double CONDITIONAL_FACTOR = 1.3;
    /** A sentence with the kind of place a "where" question names ("which city") counts this much more. */
    private static final double PLACE_NOUN_FACTOR = 1.3;
    /** How many content words apart a date, figure or place and a word of the question may be to belong together. */
    private static final int NEAR_ANSWER = 3;
    private static final double NEAR_ANSWER_FACTOR = 1.2;
    /** How many sentences after the best are tried when the best does not answer the question. */
    private static final int RUNNERS_UP = 2;
    /** Questions answered by one fact: a name, a date, a place, a figure. */
    private static final Set<QuestionType> FACTOID = java.util.EnumSet.of(QuestionType.WHO, QuestionType.WHEN,
            QuestionType.WHERE, QuestionType.HOW_MANY, QuestionType.HOW_MUCH, QuestionType.HOW_LONG);
    /** "When did ...", "when was ...": a question about something that has happened. */
    private static final java.util.regex.Pattern PAST_WHEN = java.util.regex.Pattern.compile("(?i)\\bwhen\\s+(?:did|was|were|had)\\b");
    /** "When will the council vote?", "When do the two leaders meet?": a time still to come. */
    private static final java.util.regex.Pattern COMING_WHEN = java.util.regex.Pattern.compile("(?i)\\bwhen\\s+(?:will|would|do|does|is|are|shall)\\b");
    /** A relative time that says it is past: "last year", "nine months ago", "yesterday". */
    private static final java.util.regex.Pattern SAID_PAST = java.util.regex.Pattern.compile("(?i)\\b(?:last|ago|yesterday|earlier|previous|past)\\b");
    /** How many words before a time a modal ("will", "would") or "due" may stand to say it is to come ("will decide on the plan on November 12"). */
    private static final int COMING_REACH = 6;
    /** Words before a time that put it ahead: "would resume on Friday", "due to meet on Monday". */
    private static final java.util.regex.Pattern COMING_MARKER = java.util.regex.Pattern.compile("(?i)\\b(?:will|would|shall|due|set|expected|scheduled|planned|next)\\b");
    /** A sentence whose times are all past scores this share for a question about a time to come. */
    private static final double PAST_FOR_COMING_FACTOR = 0.5;
    /** "Who runs / heads / leads X?" of a body: asks for the person in charge of it (not "who owns the limousine?"). */
    private static final java.util.regex.Pattern WHO_LEADS = java.util.regex.Pattern.compile(
            "(?i)\\bwho(?:\\s+is|['’]s)?\\s+(?:runs|ran|heads|headed|leads|led|manages|managed|chairs|chaired|directs|directed|in\\s+charge\\s+of)\\b");
    /** How much higher a person with a title of charge ranks for "Who runs / heads / is in charge of X?". */
    private static final double LEADS_FACTOR = 1.8;
    /** A year the question names ("the 1949 eruption"): the sentence that answers speaks of that year. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:1[5-9]|20)\\d\\d\\b");
    /** The titles of whoever is in charge of a body. */
    private static final java.util.regex.Pattern LEADERSHIP = java.util.regex.Pattern.compile(
            "(?i)\\b(?:chief|head|president|director|chair(?:man|woman|person)?|leader|executive|manager|boss|ceo|founder|owner|governor|commissioner|secretary-general|runs|leads|heads)\\b");
    /** A runner-up scoring at least this share of the best may answer in its place. */
    private static final double RUNNER_UP_SHARE = 0.95;
    /** A compound's modifier counts this much in a sentence that names the thing by its head word alone (see cover). */
    private static final double SHORT_NAME_COVER = 0.8;
    /** Opening sentences of an article that make its overview. */
    private static final int LEDE_SENTENCES = 3;
    /** Candidates taken from the index before re-ranking. */
    private static final int CANDIDATES = 60;
    /** Focus words rarer than this (BM25 idf) are the question's subject matter; commoner ones are context. */
    private static final double SPECIFIC_IDF = 2.5;

    private final BriefingIndex index;
    private final Interpretation in;
    private final BriefingDepth depth;
    private final int maxPoints;
    private final boolean pointsByDefault;
    private final Predicate<EvidenceView> usable;
    private final boolean includeCandidates;
    /** The motives this briefing may cite (see motivePool), worked out once. */
    private List<MotiveView> motivePool;
    private final List<Caveat> gaps = new ArrayList<>();
    /** For "who" questions: sentences brought in as the next sentence of a hit, and that hit's document. */
    private final Map<String, BriefingIndex.Doc> introducedBy = new java.util.HashMap<>();
    /** The articles (by slug) a question is tied to by the names it uses; null when it names none. Word weights are measured within them. */
    private Set<String> scope;
    /** The question's events (see events()); null until asked. */
    private List<Focus> events;
    /** Whether the answer class's compound stands in some sentence in scope (see compoundInScope); null until asked. */
    private Boolean compoundFound;
    /** Whether the question's answer class is a kind of person; null until asked. */
    private Boolean personClass;
    /** Whether the question asks who runs, heads or is in charge of something: read once. */
    private Boolean whoLeads;

    BriefingComposer(BriefingIndex index, Interpretation in, BriefingDepth depth, int maxPoints, boolean includeCandidates) {
        this(index, in, depth, maxPoints, false, includeCandidates);
    }

    /**
     * @param pointsByDefault whether maxPoints is the depth's default rather than the caller's limit:
     *        an overview of every article may then give each article its point
     */
    BriefingComposer(BriefingIndex index, Interpretation in, BriefingDepth depth, int maxPoints, boolean pointsByDefault,
            boolean includeCandidates) {
        this.index = index;
        this.in = in;
        this.depth = depth;
        this.maxPoints = maxPoints;
        this.pointsByDefault = pointsByDefault;
        // A briefing asked about one article cites that article only, though a motive's evidence may span others.
        this.usable = e -> (includeCandidates || e.getStatus() != EvidenceStatus.CANDIDATE) && index.holds(e);
        this.includeCandidates = includeCandidates;
    }

    /**
     * The motives a briefing may cite: reviewed ones, then (with includeCandidates) the CANDIDATE
     * motives ingestion proposed, so reviewed knowledge always comes first.
     */
    private List<MotiveView> motivePool() {
        if (motivePool == null) {
            // The snapshot lists reviewed motives before candidates (KnowledgeSnapshotBuilder.MOTIVE_ORDER).
            motivePool = includeCandidates ? index.snapshot().motives()
                    : index.snapshot().motives().stream().filter(m -> m.getStatus() == ReviewStatus.CONFIRMED).toList();
        }
        return motivePool;
    }

    Briefing compose(String question, String facetSource) {
        BriefingFacet facet = in.facet();
        String source = facetSource.equals("ARGUMENT") ? facetSource : (in.question().isEmpty() ? "DEFAULT" : "QUESTION");
        Result result;
        if (!in.unknownNames().isEmpty() && !in.unknownBesideKnown()) {
            // The question is about a name the articles never mention: nothing they say answers it.
            result = new Result(List.of(), List.of(), Coverage.NONE, "SEARCH");
        } else {
            result = switch (in.type()) {
                case MOTIVES, OFFERS, CONCERNS -> motives(kindOf(in.type()));
                case OVERVIEW -> overview();
                default -> search(null);
            };
        }
        if (!in.unknownNames().isEmpty() && result.coverage() == Coverage.FULL) {
            result = new Result(result.points(), result.counterpoints(), Coverage.PARTIAL, result.method());
        }
        if (result.coverage() != Coverage.FULL && !notInArticles().isEmpty()) {
            gaps.add(new Caveat(CaveatKind.NOT_COVERED, articlesPhrase(true) + never() + ": "
                    + String.join(", ", notInArticles()) + ".", List.of()));
        }
        List<BriefingPoint> points = result.coverage() == Coverage.NONE ? List.of() : result.points();
        List<Caveat> caveats = caveats(points, result.coverage() == Coverage.NONE ? List.of() : result.counterpoints());
        BriefingInterpretation interpretation = new BriefingInterpretation(in.subject(), in.actors(), in.topics(), facet,
                source, result.method(), in.type(), in.answerType(), in.contentTerms(), notInArticles(),
                summary(facet, result.method()));
        String headline = headline(facet, points, result.coverage(), result.method());
        return new Briefing(question, interpretation, headline, points, caveats, result.coverage(), sources(points, caveats));
    }

    private record Result(List<BriefingPoint> points, List<EvidenceView> counterpoints, Coverage coverage, String method) {
    }

    private static MotiveKind kindOf(QuestionType type) {
        return switch (type) {
            case OFFERS -> MotiveKind.OFFER;
            case CONCERNS -> MotiveKind.CONCERN;
            default -> MotiveKind.GOAL;
        };
    }

    // ---- motives ------------------------------------------------------------------------------

    /**
     * Whose motives answer for the actor a motive question names: the actor (and the question's
     * subject); when neither has a motive of this kind, the people who speak for it ("She called on the
     * Spanish government to fund ..." said by Elena Marquina, who chairs the AHTM).
     */
    private Set<ActorView> holders(ActorView holder, MotiveKind kind) {
        Set<ActorView> own = new java.util.HashSet<>();
        if (holder == null) {
            return own;
        }
        own.add(holder);
        if (in.subject() != null) {
            own.add(in.subject());
        }
        if (index.snapshot().motives().stream().anyMatch(m -> m.getKind() == kind && own.contains(m.getActor()))) {
            return own;
        }
        index.snapshot().actors().stream().filter(a -> a.getRepresents() == holder).forEach(own::add);
        return own;
    }

    private Result motives(MotiveKind kind) {
        ActorView holder = in.motiveHolder();
        if (holder == null && in.topics().isEmpty()) {
            return search(in.type());
        }
        Set<ActorView> holders = holders(holder, kind);
        List<MotiveView> candidates = motivePool().stream()
                .filter(m -> m.getKind() == kind)
                .filter(m -> holder == null || holders.contains(m.getActor()))
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
        // A question that asks about something in particular ("What does Russia want from the trade
        // talks?") gets the motives that speak of it first; if none does, the sentences that do.
        Set<String> specific = specificFocus();
        if (!specific.isEmpty() && !candidates.isEmpty()) {
            List<MotiveView> ranked = candidates.stream()
                    .sorted(Comparator.comparing(MotiveView::getStatus) // reviewed before proposed, whatever the overlap
                            .thenComparingDouble((MotiveView m) -> -overlap(m, specific))).toList();
            if (overlap(ranked.get(0), specific) == 0) {
                Result found = search(in.type());
                if (found.coverage() != Coverage.NONE) {
                    return found;
                }
            }
            candidates = ranked;
        }
        if (!in.excluded().isEmpty()) {
            // "Besides military help, what is Russia supplying?": motives about the help come last.
            candidates = candidates.stream().sorted(Comparator.comparingInt((MotiveView m) ->
                    EnglishAnalysis.stems(m.getStatement()).stream().anyMatch(in.excluded()::contains) ? 1 : 0)).toList();
        }
        List<BriefingPoint> points = motivePoints(candidates);
        if (points.isEmpty() && holder != null && !includeCandidates) {
            // Nothing reviewed of this kind (an article no editor has curated): the motives ingestion
            // proposed from the article's own sentences, each flagged as unreviewed (see caveats).
            List<MotiveView> proposed = index.snapshot().motives().stream()
                    .filter(m -> m.getStatus() == ReviewStatus.CANDIDATE && m.getKind() == kind)
                    .filter(m -> holders.contains(m.getActor())).toList();
            points = motivePoints(proposed);
            candidates = proposed;
        }
        if (points.isEmpty()) {
            // Nothing curated of this kind (an article no editor has curated): the sentences that state it.
            Result found = search(in.type());
            if (holder != null && found.coverage() != Coverage.NONE) {
                gaps.add(new Caveat(CaveatKind.NOT_COVERED, "The knowledge base has no curated "
                        + kind.name().toLowerCase(Locale.ROOT) + " for " + holder.getName()
                        + "; the points are the sentences of the articles that come closest.", List.of()));
            }
            return found;
        }
        List<EvidenceView> counter = candidates.stream().flatMap(m -> m.getCounterEvidence().stream()).filter(usable).distinct().toList();
        return new Result(points, counter, coverage, "MOTIVES");
    }

    /** Focus words that are specific to a few sentences: a question's real subject matter, not context like "visit". */
    private Set<String> specificFocus() {
        Set<String> specific = new LinkedHashSet<>();
        for (String stem : in.focusStems()) {
            for (String part : stem.split(" ")) {
                if (index.inCorpus(part) && index.idf(part) >= SPECIFIC_IDF) {
                    specific.add(part);
                }
            }
        }
        return specific;
    }

    private static double overlap(MotiveView m, Set<String> stems) {
        Set<String> words = new java.util.HashSet<>(EnglishAnalysis.stems(m.getStatement()));
        m.getEvidence().forEach(e -> words.addAll(EnglishAnalysis.stems(e.getCleanQuote())));
        return stems.stream().filter(words::contains).count();
    }

    private Result overview() {
        ActorView holder = in.motiveHolder();
        boolean specific = in.focusStems().stream().anyMatch(index::inCorpus);
        if (holder == null && in.topics().isEmpty() && specific) {
            // "Summarise the mackerel dispute", "Explain X" where X is neither an actor nor a topic: the
            // search judges coverage and finds the article the words point to.
            return searchedOverview();
        }
        if (holder == null && in.topics().isEmpty() && in.actors().isEmpty() && !in.focusStems().isEmpty() && !notInArticles().isEmpty()) {
            // "What happened in 2000?", "Summarise the Taiwan talks": an overview of something no article
            // mentions is no overview of the articles.
            return new Result(List.of(), List.of(), Coverage.NONE, "SEARCH");
        }
        if (holder == null && in.topics().isEmpty()) {
            return articlesOverview();
        }
        List<MotiveView> candidates = motivePool().stream()
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
            // "tl;dr on the Hollin Vale hack": the named body's article in brief, though it says "breach", not "hack".
            return specific || holder != null ? searchedOverview() : search(null);
        }
        List<EvidenceView> counter = candidates.stream().flatMap(m -> m.getCounterEvidence().stream()).filter(usable).distinct().toList();
        return new Result(points, counter, Coverage.FULL, "MOTIVES");
    }

    /**
     * An overview found by the search: the article the question's words point to, in brief. When the
     * question names a place or body only one article speaks of ("Summarise the row over cruise ships
     * in Porto Vesca"), that article is the overview though it never says "row": partly covered,
     * naming what it lacks.
     */
    private Result searchedOverview() {
        Result found = search(null);
        boolean names = !in.actors().isEmpty() || !in.corpusNames().isEmpty();
        if (found.coverage() == Coverage.NONE && names) {
            // The one article the question's names point to (the search's scope, or where all it found comes from).
            Set<ArticleView> articles = new LinkedHashSet<>();
            found.points().forEach(p -> articles.add(p.evidence().get(0).getArticle()));
            if (articles.isEmpty() && scope != null) {
                index.snapshot().articles().stream().filter(a -> scope.contains(a.getSlug())).forEach(articles::add);
            }
            if (articles.size() == 1) {
                return articleInBrief(articles.iterator().next(), new Result(found.points(), found.counterpoints(), Coverage.PARTIAL, found.method()));
            }
        }
        if (found.coverage() == Coverage.NONE || found.points().isEmpty()) {
            return found;
        }
        return articleInBrief(found.points().get(0).evidence().get(0).getArticle(), found);
    }

    /**
     * One article in brief, for an overview of something it is about ("Give me the key points on the
     * pilots' strike"): its opening sentences (news puts the gist first), then the sentences the search
     * found closest to the question's words, if any. The article is the one the best of those comes
     * from, or the one the question names.
     */
    private Result articleInBrief(ArticleView article, Result found) {
        List<BriefingPoint> points = new ArrayList<>();
        article.passages().stream().limit(LEDE_SENTENCES).filter(usable)
                .forEach(p -> points.add(new BriefingPoint(attributed(p), List.of(p), null)));
        for (BriefingPoint p : found.points()) {
            if (points.stream().noneMatch(q -> q.evidence().stream().anyMatch(e -> p.evidence().stream().anyMatch(f -> overlaps(e, f))))) {
                points.add(p);
            }
        }
        return new Result(List.copyOf(points.subList(0, Math.min(points.size(), maxPoints))), found.counterpoints(), found.coverage(), "ARTICLE");
    }

    /**
     * The articles in brief: each article's opening sentences (news puts the gist first), the most
     * recently published article first, then each actor's foremost curated motive.
     */
    private Result articlesOverview() {
        List<BriefingPoint> points = new ArrayList<>();
        List<ArticleView> articles = new ArrayList<>(index.snapshot().articles());
        // Newest by publication, which the reader means by "newest" (and which does not depend on the
        // order the articles were ingested in); then the most recently ingested.
        articles.sort(Comparator.comparing(ArticleView::getPublishedOn, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
                .thenComparing(Comparator.comparing(ArticleView::getCreatedAt).reversed()));
        // Asked for "the article" with several stored, the reader gets each article's gist (up to the
        // API's limit) rather than the newest few; a limit the caller set is kept.
        int limit = pointsByDefault && depth != BriefingDepth.HEADLINE
                ? Math.max(maxPoints, Math.min(articles.size(), BriefingService.MAX_POINTS)) : maxPoints;
        int perArticle = Math.max(1, Math.min(LEDE_SENTENCES, limit / Math.max(1, articles.size())));
        for (ArticleView article : articles) {
            article.passages().stream().limit(perArticle).filter(usable)
                    .forEach(p -> points.add(new BriefingPoint(attributed(p), List.of(p), null)));
        }
        Map<ActorView, MotiveView> firstPerActor = new LinkedHashMap<>();
        motivePool().forEach(m -> firstPerActor.putIfAbsent(m.getActor(), m));
        List<BriefingPoint> motives = motivePoints(List.copyOf(firstPerActor.values()));
        for (BriefingPoint p : motives) {
            if (points.size() >= limit) {
                break;
            }
            points.add(p);
        }
        if (points.isEmpty()) {
            return new Result(List.of(), List.of(), Coverage.NONE, "SEARCH");
        }
        return new Result(List.copyOf(points.subList(0, Math.min(points.size(), limit))), List.of(), Coverage.FULL, "OVERVIEW");
    }

    private List<BriefingPoint> motivePoints(List<MotiveView> motives) {
        Map<String, BriefingPoint> byStatement = new LinkedHashMap<>();
        Set<EvidenceView> cited = new LinkedHashSet<>();
        for (MotiveView motive : motives) {
            if (byStatement.size() >= maxPoints) {
                break;
            }
            // A proposed motive rests on the sentence it was read from, itself a candidate: cited with it.
            List<EvidenceView> support = motive.getEvidence().stream()
                    .filter(e -> usable.test(e) || motive.getStatus() == ReviewStatus.CANDIDATE && index.holds(e)).toList();
            if (support.isEmpty()) {
                continue;
            }
            // Prefer evidence no earlier point cited, so each point adds something.
            List<EvidenceView> ordered = new ArrayList<>(support.stream().filter(e -> !cited.contains(e)).toList());
            support.stream().filter(cited::contains).forEach(ordered::add);
            List<EvidenceView> chosen = ordered.stream().limit(depth.evidencePerPoint()).toList();
            if (byStatement.isEmpty() && motive.getStatus() == ReviewStatus.CANDIDATE && chosen.size() == 1) {
                // A motive read from one sentence often runs on into the next ("She said the school feared
                // ... The company, she added, had given the school only nine days' notice."): the foremost
                // one comes with it, as a search answer does.
                List<EvidenceView> withNext = new ArrayList<>(chosen);
                if (refersBack(chosen.get(0))) {
                    // "She said the school feared ...": who "she" is, and what she said first, is the sentence before.
                    previousInParagraph(chosen.get(0)).filter(usable).filter(p -> !cited.contains(p)).ifPresent(p -> withNext.add(0, p));
                }
                nextInParagraph(chosen.get(0)).filter(usable).filter(n -> !cited.contains(n)).ifPresent(withNext::add);
                chosen = List.copyOf(withNext);
            }
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

    /**
     * Retrieval over every sentence and every curated item: BM25 on the focus words and their
     * WordNet relatives, then re-ranked by how much of the focus a sentence covers, whether it holds
     * what the question type asks for (a date for "when", a figure for "how many"), whether it names
     * the actors the question names, and whether an editor reviewed it.
     *
     * @param stating for motive questions answered from text, the kind of statement to look for
     */
    private Result search(QuestionType stating) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        in.queryStems().forEach((stem, weight) -> query.add(boosted(stem, weight), BooleanClause.Occur.SHOULD));
        Set<String> statingStems = stating == null ? Set.of() : QuestionCues.STATING.getOrDefault(stating, Set.of());
        statingStems.stream().filter(s -> !in.cueStems().contains(s)).forEach(stem -> query.add(boosted(stem, 0.4), BooleanClause.Occur.SHOULD));
        if (stating != null) {
            // The reader's own word ("demanding") says most about which sentences state the motive.
            in.cueStems().forEach(stem -> query.add(boosted(stem, 1.0), BooleanClause.Occur.SHOULD));
        }
        List<String> focus = in.focusStems();
        for (int i = 0; i + 1 < focus.size(); i++) {
            // Focus words that stand together in a sentence count extra (proximity).
            query.add(new BoostQuery(new PhraseQuery(3, BriefingIndex.TEXT, focus.get(i), focus.get(i + 1)), 0.5f),
                    BooleanClause.Occur.SHOULD);
        }
        Set<ActorView> named = new LinkedHashSet<>(in.actors());
        anchorScope(named);
        List<BriefingIndex.Hit> hits;
        BooleanQuery built = query.build();
        if (built.clauses().isEmpty() || in.focusStems().isEmpty() && stating == null) {
            // Only actors or topics named ("Who is Yuri Ushakov?"): their sentences, best signals first.
            if (named.isEmpty() && in.topics().isEmpty()) {
                return new Result(List.of(), List.of(), Coverage.NONE, "SEARCH");
            }
            hits = index.docs().stream().filter(d -> usable.test(d.evidence()))
                    .filter(d -> mentionsNamed(d, named) || d.evidence().getTopics().stream().anyMatch(in.topics()::contains))
                    .map(d -> new BriefingIndex.Hit(d, 1.0)).toList();
        } else {
            Query searched = built;
            if (scope != null) {
                // Only the articles the question names are searched: another article's many sentences with
                // "warn" must not crowd the named one's out of the candidates.
                BooleanQuery.Builder articles = new BooleanQuery.Builder();
                scope.forEach(slug -> articles.add(new TermQuery(new Term(BriefingIndex.ARTICLE, slug)),
                        BooleanClause.Occur.SHOULD));
                searched = new BooleanQuery.Builder().add(built, BooleanClause.Occur.MUST)
                        .add(articles.build(), BooleanClause.Occur.FILTER).build();
            }
            hits = index.search(searched, CANDIDATES, usable);
        }
        hits = anchored(hits);
        if (includeCandidates) {
            // Asked for candidates: a sentence ingestion proposed as evidence is cited as that evidence.
            hits = hits.stream().map(h -> h.doc().curated() ? h : index.candidateFor(h.evidence())
                    .map(c -> new BriefingIndex.Hit(new BriefingIndex.Doc(c, h.doc().stems(), h.doc().context(), h.doc().actors()), h.score()))
                    .orElse(h)).toList();
        }
        if (in.answerType() == AnswerType.PERSON_OR_ORGANIZATION) {
            hits = withNextSentences(hits, e -> true);
        } else {
            // "The mayor of Ashdown Creek, Priya Raghunathan, met park officials on Tuesday." / "She wants the
            // authority to reopen ...": the answer names neither the mayor nor the park, and the search finds a
            // sentence by its own words only.
            hits = withNextSentences(hits, BriefingComposer::refersBack);
        }
        if (hits.isEmpty()) {
            return new Result(List.of(), List.of(), Coverage.NONE, "SEARCH");
        }
        double top = hits.stream().mapToDouble(BriefingIndex.Hit::score).max().orElse(1);
        double focusWeight = in.focus().stream().mapToDouble(this::weight).sum();
        // The article whose text covers most of the focus is the one the question is about.
        Map<ArticleView, Double> articleCover = articleCoverage(hits);
        double bestArticle = articleCover.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // A focus word in an article's headline says the question is about that article.
        Map<ArticleView, Double> titleCover = new LinkedHashMap<>();
        if (focusWeight > 0) {
            for (ArticleView a : index.snapshot().articles()) {
                Set<String> title = index.titleStems(a);
                titleCover.put(a, in.focus().stream().mapToDouble(f -> weight(f) * f.coveredBy(title)).sum() / focusWeight);
            }
        } else if (!named.isEmpty()) {
            // "tl;dr on the Quillon news?": with no other word to go by, the story whose headline names the
            // body is about it; another that mentions it in passing (a bank's supplier) is not.
            for (ArticleView a : index.snapshot().articles()) {
                Set<String> title = index.titleStems(a);
                long inTitle = named.stream().filter(actor -> TitleHolders.namesOf(actor).map(EnglishAnalysis::stems)
                        .anyMatch(name -> !name.isEmpty() && title.containsAll(name))).count();
                titleCover.put(a, (double) inTitle / named.size());
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        boolean conditional = CONDITIONAL.matcher(in.question()).find();
        boolean comingWhen = asksTimeToCome();
        boolean leads = asksWhoLeads();
        for (BriefingIndex.Hit hit : hits) {
            EvidenceView e = hit.evidence();
            boolean pastOnly = comingWhen && onlyEarlier(e);
            double covered = focusWeight == 0 ? namedCoverage(hit.doc(), named) : focusCoverage(hit.doc(), focusWeight);
            boolean newPerson = in.answerType() == AnswerType.PERSON_OR_ORGANIZATION && namesNewPerson(e);
            if (newPerson && focusWeight > 0) {
                // "Its chief executive, Ada Lund, said ...": news names the person in the sentence after
                // the body the question asks about, so the neighbours' words count nearly in full.
                BriefingIndex.Doc before = introducedBy.get(e.getKey());
                if (before != null && !continues(e, before)) {
                    before = null; // "... the mediator said." / "The transport minister, Owen Hale, met ...": someone else
                }
                double around = 0;
                for (Focus f : in.focus()) {
                    around += weight(f) * Math.max(f.coveredBy(hit.doc().context()), before == null ? 0 : f.coveredBy(before.stems()));
                }
                covered = Math.max(covered, PERSON_CONTEXT_SHARE * around / focusWeight);
            } else if (leads && newPerson && namedJustBefore(e, named)) {
                // "Who's in charge of the MVO?": "The Montaraz Volcanological Observatory (MVO) said ..." / "Its
                // director, Dr. Lucia Ferrandez, said ...": the sentence before names the body for this one.
                covered = Math.max(covered, PERSON_CONTEXT_SHARE * namedCoverage(introducedBy.get(e.getKey()), named));
            }
            if (focusWeight > 0) {
                // "She wants the authority to reopen ...": the pronoun stands for whom the sentence before names.
                BriefingIndex.Doc before = referentOf(e).map(index::passageDoc).orElse(null);
                if (before != null) {
                    covered = Math.max(covered, CONTINUATION_SHARE * focusCoverage(before, focusWeight));
                }
            }
            double cueFactor = 1;
            if (stating != null) {
                // A sentence that states a motive in the reader's own word ("demanding") ranks first.
                String text = e.getCleanQuote();
                boolean ownCue = hit.doc().stems().stream().anyMatch(c -> in.cueStems().contains(c) && QuestionCues.statesWith(c, text));
                boolean anyCue = ownCue || hit.doc().stems().stream().anyMatch(c -> statingStems.contains(c) && QuestionCues.statesWith(c, text));
                cueFactor = ownCue ? 1.3 : anyCue ? 1.1 : 0.8;
                if (focusWeight == 0) {
                    covered = anyCue ? 1 : 0.5;
                } else if (anyCue && !named.isEmpty() && mentionsNamed(hit.doc(), named)) {
                    // "What worries UNS about the savings plan?": the union's own warning answers, though it
                    // calls the plan "the bed closures".
                    covered = Math.max(covered, NAMED_STATING_COVER);
                }
                if (!named.isEmpty() && !mentionsNamed(hit.doc(), named)) {
                    cueFactor *= OTHER_SPEAKER_FACTOR; // "What worries UNS?": a sentence not about the union states someone else's worry
                }
                if (anyCue && speakerStates(hit.doc(), named)) {
                    cueFactor *= OTHER_SPEAKER_FACTOR; // "'We want an agreement,' said the airline's chief": not what the pilots want
                }
            }
            double score = (0.4 * hit.score() / top + 0.6 * covered) * cueFactor;
            boolean classed = classed(hit.doc());
            if (classed) {
                score *= in.type() == QuestionType.HOW_MANY ? 1.6 : 1.5;
                if (in.answerType() == AnswerType.PERSON_OR_ORGANIZATION && !namesNewPerson(e, true)) {
                    score *= UNNAMED_CLASS_FACTOR; // "Who is Kessland's fisheries minister?": the sentence that names her, not the one that does not
                }
                if (newPerson) {
                    score *= 1.2; // "Which official ...?": Defense Minister Shin Won-seok over "officials said"
                }
            } else if (in.answerType() == AnswerType.PERSON_OR_ORGANIZATION) {
                // "Who ...?": a person's name the question does not use says most, a role or a body less.
                score *= newPerson ? 1.7 : AnswerSignals.has(in.answerType(), e, in.actors()) ? 1.1 : 1;
            } else if (AnswerSignals.has(in.answerType(), e, known(e)) && !pastOnly && !reasonOfAnotherEvent(e)) {
                if (in.type() != QuestionType.HOW_MANY || in.answerClass() == null) {
                    score *= 1.6;
                } else if (in.answerClass().coveredBy(hit.doc().stems()) < CLASS_MATCH) {
                    // "How many cracks ...?": a figure in a sentence that names no cracks may count them in other words.
                    score *= 1.2;
                } else {
                    score *= OTHER_COUNT_FACTOR; // "cracks along 340 metres": a figure beside the cracks that does not count them
                }
                if (answerReach(e) <= NEAR_ANSWER) {
                    score *= NEAR_ANSWER_FACTOR; // "will vote on the plan on November 12": the date is the vote's
                }
            }
            if (bestArticle > 0 && articleCover.getOrDefault(e.getArticle(), 0.0) < bestArticle * 0.75) {
                score *= 0.7;
            }
            if (titleCover.getOrDefault(e.getArticle(), 0.0) > 0) {
                score *= 1 + 0.3 * titleCover.get(e.getArticle());
            }
            BriefingIndex.Doc introducer = newPerson ? introducedBy.get(e.getKey()) : null;
            if (leads && newPerson && LEADERSHIP.matcher(e.getCleanQuote()).find() && !anotherBodysTitle(e.getCleanQuote(), named)
                    && (mentionsNamed(hit.doc(), named) || namedJustBefore(e, named))) {
                score *= LEADS_FACTOR; // "Who runs the MVO?": a person with a title of charge, in or after a sentence naming it
            }
            if (!named.isEmpty() && mentionsNamed(hit.doc(), named)) {
                score *= hit.doc().actors().contains(in.subject()) ? 1.4 : 1.2;
            } else if (introducer != null && !named.isEmpty() && mentionsNamed(introducer, named)) {
                // "The mayor of Porto Vesca wants ..." / "Mayor Chiara Bellandi told ...": the name answers
                // for the sentence before it, which names what the question names.
                score *= introducer.actors().contains(in.subject()) ? 1.4 : 1.2;
            }
            if (hit.doc().curated()) {
                score *= 1.15 + 0.03 * e.getImportance();
            }
            if (!in.excluded().isEmpty() && hit.doc().stems().stream().anyMatch(in.excluded()::contains)) {
                score *= EXCLUDED_FACTOR; // "Apart from the port ban, ...": a sentence about the ban is not the answer
            }
            if (e.getTopics().stream().anyMatch(in.topics()::contains)) {
                score *= 1.2;
            }
            if (pastOnly) {
                // "When do the two leaders meet?": "the two leaders met last year" holds no time to come (and
                // no time bonus above), so it ranks below a sentence with no time at all.
                score *= PAST_FOR_COMING_FACTOR;
            }
            if (conditional && CONDITIONAL.matcher(e.getCleanQuote()).find()) {
                score *= CONDITIONAL_FACTOR; // "What will Kestrel do if it loses?": "if the council rejects ..., Kestrel would ..."
            }
            if (in.placeNoun() != null && hit.doc().stems().contains(in.placeNoun())) {
                score *= PLACE_NOUN_FACTOR; // "Which city was hit?": "the Ukrainian city of Kharkiv" says it in so many words
            }
            if (focusWeight > 0 && covered < MIN_POINT_COVER) {
                // A sentence with next to none of the question's words is never cited as a point (see below);
                // stating words alone ("a particular challenge") must not put it first and leave nothing to cite.
                score *= UNCITABLE_FACTOR;
            }
            ranked.add(new Ranked(hit.doc(), score, covered, classed));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        Ranked best = ranked.get(0);
        boolean classFound = ranked.stream().limit(CANDIDATES).anyMatch(Ranked::classed);
        boolean answered = answers(best, named, classFound);
        if (!answered) {
            // The best-scored sentence can fail a test a close runner-up passes ("Why won't the CEO
            // agree?": the union's demands rank first, the chief executive's reply a hair behind).
            // A runner-up within reach that answers leads instead.
            for (int i = 1; i < Math.min(ranked.size(), RUNNERS_UP + 1); i++) {
                Ranked r = ranked.get(i);
                if (r.score() >= best.score() * RUNNER_UP_SHARE && answers(r, named, classFound)) {
                    ranked.remove(i);
                    ranked.add(0, r);
                    best = r;
                    answered = true;
                    break;
                }
            }
        }
        if (!answered && stating != null && best.doc().stems().stream().anyMatch(in.cueStems()::contains)
                && articleCover.getOrDefault(best.evidence().getArticle(), 0.0) >= FULL_COVER) {
            // "What is the miner offering?": the sentence that offers, in the reader's word, in the article
            // about the miner, though it calls it "the company".
            answered = true;
        }
        Coverage coverage = answered ? Coverage.FULL : Coverage.NONE;
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s [%s] focus=%s scope=%s", in.question(), in.type(), in.focusStems(), scope);
            LOG.debugf("  known: %s", known(best.evidence()).stream().map(ActorView::getSlug).toList());
            ranked.stream().limit(10).forEach(r -> LOG.debugf("  %.3f covered=%.2f signal=%s reach=%d class=%s %s %s", r.score(), r.covered(),
                    AnswerSignals.has(in.answerType(), r.evidence(), known(r.evidence())),
                    answerReach(r.evidence()), r.classed(),
                    r.evidence().getKey(), abbreviate(r.evidence().getCleanQuote())));
        }
        List<BriefingPoint> points = new ArrayList<>();
        List<EvidenceView> chosen = new ArrayList<>();
        for (Ranked r : ranked) {
            if (points.size() >= maxPoints || r.score() < best.score() * RELEVANCE_CUTOFF || r.covered() < MIN_POINT_COVER) {
                break;
            }
            if (chosen.stream().anyMatch(c -> overlaps(c, r.evidence()))) {
                continue; // the same sentence, curated and as text: keep the better-ranked one
            }
            chosen.add(r.evidence());
            List<EvidenceView> support = new ArrayList<>(List.of(r.evidence()));
            if (points.isEmpty()) {
                // "It called on the government to fund a testing scheme": who "it" is, the sentence before says.
                referentOf(r.evidence()).filter(usable).filter(p -> chosen.stream().noneMatch(c -> overlaps(c, p)))
                        .ifPresent(p -> {
                            support.add(0, p);
                            chosen.add(p);
                        });
            }
            if (points.isEmpty() && !FACTOID.contains(in.type())) {
                // Whether it happened, or why, is often settled by the next sentence ("... None has
                // committed."), and what is wanted or offered often runs on into it ("It has also
                // offered ..."): the best answer comes with the sentence that follows it in its
                // paragraph. A date, place, name or figure is one sentence's fact.
                // Why is often told over a paragraph break: "... suspended the licence after a wave of safety
                // complaints." / "The CTLA said it had received 287 safety complaints ...".
                (in.type() == QuestionType.WHY ? nextSentence(r.evidence(), false) : nextInParagraph(r.evidence()))
                        .filter(usable).filter(n -> chosen.stream().noneMatch(c -> overlaps(c, n)))
                        .ifPresent(next -> {
                            support.add(next);
                            chosen.add(next); // quoted once: not again as a point of its own
                        });
            }
            points.add(new BriefingPoint(attributed(r.evidence()), List.copyOf(support), null));
        }
        List<EvidenceView> counter = motivePool().stream()
                .filter(m -> m.getEvidence().stream().anyMatch(chosen::contains))
                .flatMap(m -> m.getCounterEvidence().stream())
                .filter(usable).filter(e -> !chosen.contains(e)).distinct().toList();
        return new Result(List.copyOf(points), in.facet() == BriefingFacet.AGENDA ? List.of() : counter, coverage, "SEARCH");
    }

    /**
     * A "how many" question's noun named in a sentence whose figures count something else ("how many
     * cracks": "cracks along 340 metres"): the figure answers another question.
     */
    private static final double OTHER_COUNT_FACTOR = 0.8;

    /** A hit as ranked: its score, the share of the focus it covers, and whether it holds what the question asks for (see classed). */
    private record Ranked(BriefingIndex.Doc doc, double score, double covered, boolean classed) {
        EvidenceView evidence() {
            return doc.evidence();
        }
    }

    /**
     * Whether the best sentence answers the question: it covers the question's weightiest focus
     * word (a word the articles lack weighs most of all) or most of the focus overall; it names one
     * of the actors the question names, when it names any; and for "when" and "how many" it holds a
     * time or a figure. Calibrated on the evaluation suite's development set.
     */
    private boolean answers(Ranked best, Set<ActorView> named, boolean classFound) {
        if (scope != null) {
            return answersInScope(best, named, classFound);
        }
        // A question that names nothing is answered from one article: the things it asks about must be
        // in that article ("the market price of mackerel" is not answered by a story about mackerel
        // catches because another story speaks of prices).
        scope = Set.of(best.evidence().getArticle().getSlug());
        try {
            return answersInScope(best, named, classFound);
        } finally {
            scope = null;
        }
    }

    private boolean answersInScope(Ranked best, Set<ActorView> named, boolean classFound) {
        if (asksWhichOne() && !AnswerSignals.namesSomethingElse(best.evidence(), in.question())) {
            return false; // "Which school does Amira Haddad go to?" is not answered by "sent to students and schools"
        }
        if (REQUIRED_ANSWER.contains(in.answerType()) && !AnswerSignals.has(in.answerType(), best.evidence(), in.actors())) {
            return false; // "When ...?" answered by no sentence with a time, "how many ...?" by none with a figure
        }
        if (in.type() == QuestionType.WHEN && PAST_WHEN.matcher(in.question()).find() && onlyLater(best.evidence())) {
            return false; // "When did the mine first start production?" is not answered by "... by 2029"
        }
        if (asksTimeToCome() && onlyEarlier(best.evidence())) {
            return false; // "When do the two leaders meet?" is not answered by "Since the two leaders met last year"
        }
        boolean namesBody = named.stream().anyMatch(a -> a.getKind() == io.briefing.knowledge.ActorKind.ORGANIZATION)
                || named.isEmpty() && !in.corpusNames().isEmpty();
        if (namesBody && asksWhoLeads()
                && !(LEADERSHIP.matcher(best.evidence().getCleanQuote()).find() && namesNewPerson(best.evidence()))) {
            return false; // "Who runs Quillon Systems?" is not answered by "She said the bank was ending its contract with Quillon"
        }
        List<Focus> content = in.focus().stream().filter(f -> !in.corpusNames().contains(f.stem())).toList();
        if (!content.isEmpty() && content.stream().noneMatch(this::presentInScope)
                && (in.answerType() != AnswerType.PERSON_OR_ORGANIZATION || content.stream().anyMatch(Focus::thing))) {
            // "When was Kestrel Cloud founded?": the article names the company, never a founding. ("Who
            // runs NMC?" is answered by a person's title, whatever the verb.)
            return false;
        }
        List<Focus> events = events();
        if ((in.type() == QuestionType.WHEN || in.type() == QuestionType.HOW_LONG || in.type() == QuestionType.YES_NO) && !events.isEmpty() && events.stream().noneMatch(this::presentInScope)) {
            return false; // "When was the ferry sold?", "Was the ferry sold?": the article speaks of the ferry, never of a sale
        }
        java.util.regex.Matcher year = YEAR.matcher(in.question());
        while (year.find()) {
            if (!best.doc().stems().contains(year.group()) && !best.doc().context().contains(year.group())) {
                return false; // "How long did the 1949 eruption go on for?" is not answered by this week's eruption
            }
        }
        if (in.type() == QuestionType.YES_NO && in.focus().stream().anyMatch(this::absentPerson)) {
            return false; // "Does the local MP support the stadium plan?" where the article names no MP
        }
        Focus answerClass = in.answerClass();
        if (answerClass != null && absentThing(answerClass) && in.answerType() == AnswerType.PERSON_OR_ORGANIZATION && personClass()) {
            return false; // "Who is the president of the port authority?" where the article names no president
        }
        // "What's the deadline for a deal?": a date is the deadline itself, whatever the article calls it ("until January 29").
        // "What's the price tag on the arena?": so is an amount of money the price tag, whatever the article calls it ("will cost").
        boolean inItsForm = answerClass != null && namedByForm() && AnswerSignals.has(in.answerType(), best.evidence(), known(best.evidence()));
        if (answerClass != null && absentThing(answerClass) && best.covered() < ABSENT_THING_COVER && !inItsForm) {
            return false; // "Which aircraft models ...?", "Who is the governor ...?" where the article names none
        }
        if (answerClass != null && in.type() == QuestionType.HOW_MUCH && !inScope(answerClass.stem())) {
            return false; // "What is Altiplano's share price?" where the article never speaks of shares
        }
        for (Focus f : in.focus()) {
            if (f.modifier() != null && f.modifier().thing() && f.modifier().word().length() > 2 // not a piece of "op-ed"
                    && !presentInScope(f.modifier()) && !in.corpusNames().contains(f.modifier().stem())) {
                return false; // "Are the cabin crew joining the strike?" where the articles speak of pilots' crews, never of cabins
            }
        }
        if (answerClass != null && answerClass.describedBy() != null && !presentInScope(answerClass.describedBy())) {
            return false; // "Who is Kessland's foreign minister?" where the article has no foreign anything
        }
        if (answerClass != null && answerClass.modifier() != null && !inItsForm && !compoundInScope(answerClass)) {
            return false; // "Who is the health secretary?" where the articles name an environment secretary only
        }
        if (answerClass != null && in.answerType() == AnswerType.PERSON_OR_ORGANIZATION && personClass()
                && (TitleHolders.ofAnotherActor(in.question(), in.actors(), best.evidence(), answerClass.word())
                        || TitleHolders.ofAnotherBody(in.question(), in.actors(), best.evidence(), answerClass.word()))) {
            return false; // "Who is Russia's defense minister?" where the article names South Korea's only
        }
        if (answerClass != null && (answerClass.thing() || in.answerType() == AnswerType.PERSON_OR_ORGANIZATION && personClass())) {
            if (!best.classed() && !inItsForm) {
                // "How many days ...?" with no figure of days, "Which aircraft models ...?" with no model named.
                boolean realNoun = io.briefing.language.WordNet.shared().knows(answerClass.word().toLowerCase(Locale.ROOT));
                if (in.type() == QuestionType.HOW_MANY && realNoun && !classFound || realNoun && !inScope(answerClass.stem())
                        && answerClass.relatives().stream().noneMatch(r -> r.weight() >= CLASS_MATCH && r.in(this::inScope))) {
                    return false;
                }
            } else if ((named.isEmpty() || mentionsNamed(best.doc(), named)) && best.covered() >= CLASS_COVER) {
                return true; // "What car did Kim use?": a sentence naming a car (a limousine) and Kim answers it
            }
        }
        if (in.placeNoun() != null && best.doc().stems().contains(in.placeNoun()) && AnswerSignals.has(AnswerType.PLACE, best.evidence(), known(best.evidence()))
                && (named.isEmpty() || mentionsNamed(best.doc(), named)) && best.covered() >= CLASS_COVER) {
            return true; // "Which city was hit?": "a January attack on the Ukrainian city of Kharkiv", as for a class above
        }
        if (!named.isEmpty() && !mentionsNamed(best.doc(), named) && !in.focus().isEmpty() && best.covered() < 0.9
                && !(asksWhoLeads() && namesNewPerson(best.evidence()) && namedJustBefore(best.evidence(), named))
                && !named.stream().allMatch(a -> modifiesWhatItSays(a, best.doc()))) {
            return false;
        }
        if (in.focus().stream().mapToDouble(this::weight).sum() == 0) {
            return best.covered() > 0;
        }
        Focus weightiest = in.focus().stream().max(Comparator.comparingDouble(this::weight)).orElseThrow();
        double topCover = cover(weightiest, best.doc());
        // "The city council will vote on the plan on November 12": the date two words from the question's
        // "vote" answers "When will councillors vote ...?", though "councillors" is not there; so does a place
        // ("extra flights from Ventosa" for "Where can holidaymakers catch a flight?"). Not a figure: too many
        // figures stand near some word of a question they do not answer.
        boolean nearAnswer = (in.answerType() == AnswerType.TIME || in.answerType() == AnswerType.PLACE) && answerReach(best.evidence()) <= NEAR_ANSWER;
        return best.covered() >= FULL_COVER || (topCover >= 0.6 || nearAnswer) && best.covered() >= NONE_BELOW;
    }

    /** Whether the answer is known by its form, a date or an amount of money, whatever the question calls it ("deadline", "price tag"). */
    private boolean namedByForm() {
        return in.answerType() == AnswerType.TIME || in.answerType() == AnswerType.MONEY;
    }

    /** How many content words stand between the thing the question asks for and one of its own words (see {@link AnswerSignals#reach}). */
    private int answerReach(EvidenceView e) {
        if (focusStemSet == null) {
            focusStemSet = Set.copyOf(in.focusStems());
        }
        boolean coming = asksTimeToCome();
        return AnswerSignals.reach(in.answerType(), e, focusStemSet::contains, known(e), NEAR_ANSWER,
                t -> coming && pastTime(e, t)); // "When will they vote?": not "warned on Wednesday"
    }

    /**
     * What cannot be the answer in a sentence: the actors the question names, and the places its
     * article is set in ("Where is Putin going?" is not answered by North Korea, named in every
     * other sentence of a story set there).
     */
    private List<ActorView> known(EvidenceView e) {
        if (in.answerType() != AnswerType.PLACE) {
            return in.actors();
        }
        List<ActorView> known = new ArrayList<>(in.actors());
        in.actors().stream().map(ActorView::getRepresents).filter(java.util.Objects::nonNull).forEach(known::add);
        known.addAll(index.settings(e.getArticle()));
        return known;
    }

    /** Whether a sentence names a person (an actor, or a name WordNet does not know) the question does not name. */
    private boolean namesNewPerson(EvidenceView e) {
        return namesNewPerson(e, false);
    }

    /**
     * Whether a sentence names a person the question does not name; with {@code writtenOut}, only by
     * writing their name ("Fisheries Minister Ragna Solberg"), not through a title that refers to them
     * ("Kessland's fisheries minister") or through the speaker the article named earlier.
     */
    private boolean namesNewPerson(EvidenceView e, boolean writtenOut) {
        String text = e.getCleanQuote();
        for (ActorView a : e.getActors()) {
            if (a.getKind() == io.briefing.knowledge.ActorKind.PERSON && !in.actors().contains(a)
                    && (!writtenOut || io.briefing.knowledge.Names.containsWord(text, surname(a.getName())))) {
                return true;
            }
        }
        List<String> names = new ArrayList<>(AnswerSignals.personNames(text));
        if (e.getSpeaker() != null && !writtenOut) {
            names.addAll(AnswerSignals.personNames(e.getSpeaker())); // "Quispe said" by the name the article gave her first
        }
        for (String name : names) {
            if (namesNonPerson(e, name) || index.snapshot().actor(name).filter(a -> a.getKind() != io.briefing.knowledge.ActorKind.PERSON).isPresent()) {
                continue; // "Porto Vesca received 412 cruise calls": a place the knowledge base knows, not a person
            }
            // The surname says who it is: "South Korean Defense Minister Shin Won-seok" is not asked for by "South Korean".
            String surname = surname(name);
            boolean asked = EnglishAnalysis.stems(surname).stream().anyMatch(in.corpusNames()::contains)
                    || in.actors().stream().anyMatch(a -> a.getName().contains(surname) || a.getAliases().contains(surname));
            if (!asked) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised name is, or ends with, the name of a place or body the sentence mentions. */
    private static boolean namesNonPerson(EvidenceView e, String name) {
        for (ActorView a : e.getActors()) {
            if (a.getKind() == io.briefing.knowledge.ActorKind.PERSON) {
                continue;
            }
            boolean named = TitleHolders.namesOf(a).anyMatch(n -> name.equals(n) || name.endsWith(" " + n));
            if (named) {
                return true;
            }
        }
        return false;
    }

    private static String surname(String name) {
        String trimmed = name.trim();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }

    /**
     * A question that names actors or other names in the articles ("Altiplano", "Kharkiv") is about
     * the articles that mention them: the scope is the articles that mention the most of those
     * names, and only they are searched. "What is Beijing's position on the Putin-Kim summit?" is
     * not answered from another article's summit.
     */
    private void anchorScope(Set<ActorView> named) {
        List<String> anchorWords = in.corpusNames();
        if (named.isEmpty() && anchorWords.isEmpty()) {
            // No name: a thing only one article speaks of ("aquifer", "pilots") says which article is meant.
            // (Measured: counting verbs and adjectives too cost recall and NONE answers.)
            // Only when that article also holds more of the question's words than any other: "facility"
            // alone in one story does not outweigh "daily water consumption" in another.
            List<Focus> things = in.focus().stream().filter(Focus::thing).toList();
            List<Focus> distinctive = things.stream()
                    .filter(f -> index.snapshot().articles().stream().filter(a -> holds(a, f)).count() == 1).toList();
            if (distinctive.isEmpty()) {
                return;
            }
            Map<ArticleView, Long> held = new java.util.HashMap<>();
            index.snapshot().articles().forEach(a -> held.put(a, things.stream().filter(f -> holds(a, f)).count()));
            long mostHeld = java.util.Collections.max(held.values());
            boolean agrees = held.entrySet().stream().filter(e -> e.getValue() == mostHeld)
                    .allMatch(e -> distinctive.stream().anyMatch(f -> holds(e.getKey(), f)));
            if (!agrees) {
                return;
            }
            anchorWords = distinctive.stream().map(Focus::stem).toList();
        }
        List<String> words = anchorWords;
        Map<String, Integer> anchors = new java.util.HashMap<>();
        int most = 0;
        for (ArticleView article : index.snapshot().articles()) {
            int n = (int) named.stream().filter(a -> index.articleMentions(article, a)).count()
                    + (int) words.stream().filter(stem -> containsAll(article, stem)).count();
            anchors.put(article.getSlug(), n);
            most = Math.max(most, n);
        }
        if (most == 0) {
            return;
        }
        int needed = most;
        scope = anchors.entrySet().stream().filter(a -> a.getValue() == needed).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether an article holds a focus word, in the question's form or another form of the same word. */
    private boolean holds(ArticleView article, Focus f) {
        return f.variants().stream().anyMatch(stems -> containsAll(article, stems));
    }

    /** Whether an article contains every word of a stem phrase. */
    private boolean containsAll(ArticleView article, String stems) {
        for (String stem : stems.split(" ")) {
            if (!index.articleContains(article, stem)) {
                return false;
            }
        }
        return true;
    }

    /** The hits from the articles the question is about (see anchorScope), or all of them when it names nothing. */
    private List<BriefingIndex.Hit> anchored(List<BriefingIndex.Hit> hits) {
        return scope == null ? hits : hits.stream().filter(h -> scope.contains(h.evidence().getArticle().getSlug())).toList();
    }

    /**
     * Whether a sentence holds an instance of what the question asks for: the noun itself or a
     * narrower word ("limousine" for "what car", "minister" for "which official"); for "how many"
     * a figure that counts it ("4.8 million artillery shells").
     */
    private boolean classed(BriefingIndex.Doc doc) {
        Focus answerClass = in.answerClass();
        if (answerClass == null) {
            return false;
        }
        if (in.type() == QuestionType.HOW_MANY) {
            return AnswerSignals.counts(doc.evidence(), answerClass, CLASS_MATCH);
        }
        if (answerClass.coveredBy(doc.stems()) >= CLASS_MATCH) {
            return true;
        }
        // "Which official ...?", "Who's the exec ...?": a person the question does not name, with the
        // title the article gives them ("Defense Minister Shin Won-seok"), is an instance of a kind of person.
        return in.answerType() == AnswerType.PERSON_OR_ORGANIZATION && personClass() && namesNewPerson(doc.evidence());
    }

    /**
     * Whether a sentence's motive is its speaker's own ("we want", "I fear") and the speaker is not
     * who the question asks about: neither an actor it names nor described by its focus words.
     */
    private boolean speakerStates(BriefingIndex.Doc doc, Set<ActorView> named) {
        String speaker = doc.evidence().getSpeaker();
        if (speaker == null || !FIRST_PERSON_CUE.matcher(doc.evidence().getCleanQuote()).find()) {
            return false;
        }
        ActorView speakerActor = doc.evidence().getSpeakerActor();
        if (speakerActor != null && (named.contains(speakerActor) || named.contains(speakerActor.getRepresents()))) {
            return false;
        }
        Set<String> speakerStems = new java.util.HashSet<>(EnglishAnalysis.stems(speaker));
        return in.focus().stream().noneMatch(f -> f.coveredBy(speakerStems) >= CLASS_MATCH)
                && named.stream().noneMatch(a -> speaker.contains(a.getName()));
    }

    /**
     * Whether every date a sentence places on the calendar is after its article's publication: what
     * it dates has not happened yet.
     */
    private static boolean onlyLater(EvidenceView e) {
        java.time.LocalDate published = e.getArticle().getPublishedOn();
        List<io.briefing.snapshot.TimeExpressionView> dated = AnswerSignals.datedTimes(e).filter(t -> t.earliest() != null).toList();
        return published != null && !dated.isEmpty() && dated.stream().allMatch(t -> t.earliest().isAfter(published));
    }

    /** "When will the council vote?", "When do the two leaders meet?": a "when" question about a time still to come (read once). */
    private boolean asksTimeToCome() {
        if (timeToCome == null) {
            timeToCome = in.type() == QuestionType.WHEN && COMING_WHEN.matcher(in.question()).find();
        }
        return timeToCome;
    }

    private Boolean timeToCome;
    /** The focus stems as a set, built once: every retrieved sentence's reach is measured against them. */
    private Set<String> focusStemSet;

    /**
     * Whether every time a sentence dates lies before its article was published ("last year", "nine
     * months ago", "on November 19" in a story of December 3). A bare weekday is not settled: "would
     * resume on Friday" is the coming one, though it resolves to the last.
     */
    private static boolean onlyEarlier(EvidenceView e) {
        List<io.briefing.snapshot.TimeExpressionView> dated = AnswerSignals.datedTimes(e).filter(t -> t.latest() != null).toList();
        return !dated.isEmpty() && dated.stream().allMatch(t -> pastTime(e, t));
    }

    /** Whether a time in a sentence lies before its article was published and is not said of something to come (see comingByItsVerb). */
    private static boolean pastTime(EvidenceView e, io.briefing.snapshot.TimeExpressionView t) {
        java.time.LocalDate published = e.getArticle().getPublishedOn();
        return published != null && t.latest() != null && t.latest().isBefore(published) && !comingByItsVerb(e, t);
    }

    /**
     * Whether a relative time or a date without its year that resolved to the past is said of something
     * to come: "would resume on Friday", "is due to meet on Monday", "will decide on November 12" (a
     * modal or "due" just before it), unless it says it is past itself ("last year", "nine months
     * ago"). "told reporters on Thursday" stays past.
     */
    private static boolean comingByItsVerb(EvidenceView e, io.briefing.snapshot.TimeExpressionView t) {
        // A date without its year ("on November 12") was given a year by guessing, as a relative time was.
        boolean yearGuessed = t.kind() == io.briefing.knowledge.TimeExpressionKind.RELATIVE || !YEAR.matcher(t.text()).find();
        if (!yearGuessed || SAID_PAST.matcher(t.text()).find()) {
            return false;
        }
        String quote = e.getQuote();
        int at = Math.min(Math.max(0, t.start() - e.getStart()), quote.length());
        String[] words = quote.substring(Math.max(0, at - 40), at).trim().split("\\s+");
        String near = String.join(" ", java.util.Arrays.asList(words).subList(Math.max(0, words.length - COMING_REACH), words.length));
        return COMING_MARKER.matcher(near).find();
    }


    /** Whether the asked-for class is a kind of person ("official", "executive"), worked out once per briefing. */
    private boolean personClass() {
        if (personClass == null) {
            personClass = WordNet.shared().isKindOf(in.answerClass().word().toLowerCase(Locale.ROOT), "person", 2);
        }
        return personClass;
    }

    /** For each article, the share of the focus its retrieved sentences and its headline cover together. */
    private Map<ArticleView, Double> articleCoverage(List<BriefingIndex.Hit> hits) {
        Map<ArticleView, Set<String>> stems = new LinkedHashMap<>();
        for (BriefingIndex.Hit h : hits) {
            stems.computeIfAbsent(h.evidence().getArticle(), a -> new java.util.HashSet<>(index.titleStems(a))).addAll(h.doc().stems());
        }
        double total = in.focus().stream().mapToDouble(this::weight).sum();
        Map<ArticleView, Double> cover = new LinkedHashMap<>();
        if (total == 0) {
            return cover;
        }
        stems.forEach((article, s) -> cover.put(article,
                in.focus().stream().mapToDouble(f -> weight(f) * f.coveredBy(s)).sum() / total));
        return cover;
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }

    /** How much of the question's focus a sentence contains, by idf weight; related words count for less. */
    private double focusCoverage(BriefingIndex.Doc doc, double focusWeight) {
        double covered = 0;
        for (Focus f : in.focus()) {
            covered += weight(f) * cover(f, doc);
        }
        return covered / focusWeight;
    }

    /**
     * Whether a focus word is a thing (a common noun WordNet knows, not a name) that the articles
     * the question is about never mention, by itself or a close relative: "governor", "servers".
     */
    private boolean absentThing(Focus f) {
        if (!f.thing() || inScope(f.stem())) {
            return false;
        }
        String word = f.word().toLowerCase(Locale.ROOT);
        WordNet.Related related = WordNet.shared().related(word);
        // "executive" is not in a story because "run" or "carry out" is: words for the sense a noun is
        // derived from say the activity happens, not that the thing is there ("execution" would).
        Set<String> otherWords = related.derived().stream().filter(d -> !sameRoot(word, d))
                .map(d -> String.join(" ", EnglishAnalysis.stems(d))).collect(Collectors.toSet());
        return related.known() && related.mainlyNoun() && !related.mainlyName() && !EnglishAnalysis.isAcronym(f.word())
                && f.relatives().stream().noneMatch(r -> r.weight() >= CLASS_MATCH && !otherWords.contains(String.join(" ", r.stems()))
                        && r.in(this::inScope));
    }

    /**
     * Whether a focus word names an event ("sold", "arrested"): a verb (light verbs are never focus
     * words). When the articles a "when", "how long" or yes-no question is about use none of its
     * events, by themselves or a close relative, the time they give is another event's, and whether
     * the event happened is not said ("Have the police arrested anyone?").
     */
    private static boolean event(Focus f) {
        return !f.thing() && WordNet.shared().verbLemma(f.word().toLowerCase(Locale.ROOT)) != null;
    }

    /** The question's events (see event), found once per briefing: the ranking asks for them for every candidate. */
    private List<Focus> events() {
        if (events == null) {
            events = in.focus().stream().filter(f -> !in.corpusNames().contains(f.stem())).filter(BriefingComposer::event).toList();
        }
        return events;
    }

    /**
     * Whether a sentence's reason explains something other than what a "why" question asks about:
     * "Why did the steel crack?" is not answered by "The bridge will stay closed ... after engineers
     * found cracks", where the question's event stands only in the reason, so the sentence gives the
     * cause of the closure. "The cracks had been growing for years because of metal fatigue" names
     * it before its reason.
     */
    private boolean reasonOfAnotherEvent(EvidenceView e) {
        if (in.answerType() != AnswerType.REASON) {
            return false;
        }
        List<Focus> events = events();
        String text = e.getCleanQuote();
        java.util.regex.MatchResult reason = AnswerSignals.reasonMarker(text);
        if (events.isEmpty() || reason == null) {
            return false;
        }
        Set<String> before = Set.copyOf(EnglishAnalysis.stems(Lemmas.shared().withBaseForms(text.substring(0, reason.start()))));
        Set<String> after = Set.copyOf(EnglishAnalysis.stems(Lemmas.shared().withBaseForms(text.substring(reason.end()))));
        return events.stream().noneMatch(f -> f.coveredBy(before) >= 1) && events.stream().anyMatch(f -> f.coveredBy(after) >= 1);
    }

    /** "Which X" with X one of a kind ("which school", "which engineering firm"): one named X is asked for; "which facilities" may be kinds. */
    private static final java.util.regex.Pattern WHICH = java.util.regex.Pattern.compile("(?i)\\bwhich\\b");

    private boolean asksWhichOne() {
        Focus answerClass = in.answerClass();
        return answerClass != null && WHICH.matcher(in.question()).find()
                && WordNet.shared().singular(answerClass.word().toLowerCase(Locale.ROOT)) == null;
    }

    /** Whether two words begin alike (four letters, or all of the shorter): "executive" and "execution", not "run". */
    private static boolean sameRoot(String a, String b) {
        int shared = 0;
        while (shared < Math.min(a.length(), b.length()) && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared >= Math.min(4, Math.min(a.length(), b.length()));
    }

    /** A possessor right before a title of charge, perhaps with one word between: "the commission's chief inspector". */
    private static final java.util.regex.Pattern POSSESSED_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\p{L}+)['\u2019]s\\s+(?:\\p{L}+\\s+)?" + LEADERSHIP.pattern().replace("(?i)", ""));

    /**
     * Whether the title of charge in a sentence is another body's ("Professor Nadia Rahman, the
     * commission's chief inspector, said the trust ..."), not that of the body the question names.
     */
    private static boolean anotherBodysTitle(String text, Set<ActorView> named) {
        java.util.regex.Matcher m = POSSESSED_TITLE.matcher(text);
        if (!m.find()) {
            return false;
        }
        String possessor = m.group(1).toLowerCase(Locale.ROOT);
        return named.stream().flatMap(TitleHolders::namesOf)
                .noneMatch(n -> java.util.Arrays.asList(n.toLowerCase(Locale.ROOT).split("\\s+")).contains(possessor));
    }

    /** "Who runs / heads / is in charge of ...?". */
    private boolean asksWhoLeads() {
        if (whoLeads == null) {
            whoLeads = in.answerType() == AnswerType.PERSON_OR_ORGANIZATION && WHO_LEADS.matcher(in.question()).find();
        }
        return whoLeads;
    }

    /** An opening that speaks of a body named before: "The company's chief executive, ...". */
    private static final java.util.regex.Pattern DESCRIBED_OWNER = java.util.regex.Pattern.compile("[\"\u201c]?The\\s+\\p{L}+['\u2019]s\\b");

    /**
     * Whether a sentence naming a person goes on from the sentence before it, so that sentence's words
     * speak for it: in the same paragraph, opening with a word that points back ("Its chief executive,
     * Ada Lund, said ...", "The company's chief executive, ..."), or giving the person the role the
     * sentence before spoke of ("The mayor of Porto Vesca wants ..." / "Mayor Chiara Bellandi told ...").
     */
    private static boolean continues(EvidenceView e, BriefingIndex.Doc before) {
        String text = e.getCleanQuote();
        return java.util.Objects.equals(before.evidence().getParagraphIndex(), e.getParagraphIndex())
                || BriefingIndex.REFERS_BACK.matcher(text).lookingAt() || DESCRIBED_OWNER.matcher(text).lookingAt() || sharesRole(e, before);
    }

    /** Whether a sentence has a word for a kind of person that the sentence before it has too ("mayor"). */
    private static boolean sharesRole(EvidenceView e, BriefingIndex.Doc before) {
        WordNet wordNet = WordNet.shared();
        for (EnglishAnalysis.Token t : EnglishAnalysis.words(e.getCleanQuote())) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.length() > 3 && !EnglishAnalysis.isStopWord(w) && before.stems().contains(EnglishAnalysis.stem(w))
                    && wordNet.nounLemma(w) != null && wordNet.isKindOf(w, "person", 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence before one (that the search found too) names an actor the question names: "The MVO said ..." / "Its director ...". */
    private boolean namedJustBefore(EvidenceView e, Set<ActorView> named) {
        BriefingIndex.Doc before = introducedBy.get(e.getKey());
        return before != null && !named.isEmpty() && mentionsNamed(before, named);
    }

    /**
     * Whether a focus word is a kind of person ("MP", "prime minister") that the articles the question
     * is about never mention, by itself or a close relative: whatever such a person did, they do not say.
     */
    private boolean absentPerson(Focus f) {
        return f.thing() && !in.corpusNames().contains(f.stem()) && !presentInScope(f)
                && WordNet.shared().isKindOf(f.word().toLowerCase(Locale.ROOT), "person", 1);
    }

    /**
     * Whether some sentence of the articles the question is about holds a compound the question asks
     * for ("health secretary"), both words or close relatives of them: the two words apart in
     * different sentences are not that thing.
     */
    private boolean compoundInScope(Focus head) {
        if (compoundFound == null) {
            // Worked out once: answers() may test the best sentence and two runners-up.
            Focus modifier = head.modifier();
            compoundFound = index.docs().stream().anyMatch(d -> (scope == null || scope.contains(d.evidence().getArticle().getSlug()))
                    && head.coveredBy(d.stems()) >= CLASS_MATCH && modifier.coveredBy(d.stems()) >= CLASS_MATCH
                    && together(modifier, head, d.evidence()));
        }
        return compoundFound;
    }

    /** How many words apart a compound's two words may stand, function words aside: "health secretary", "secretary of health", not "a season in lost ticket sales". */
    private static final int COMPOUND_REACH = 1;

    /** Whether a sentence has the two words of a compound side by side (either way round, a function word between). */
    private static boolean together(Focus modifier, Focus head, EvidenceView e) {
        List<String> stems = EnglishAnalysis.stems(Lemmas.shared().withBaseForms(e.getCleanQuote()));
        for (int i = 0; i < stems.size(); i++) {
            if (modifier.coveredBy(Set.of(stems.get(i))) < CLASS_MATCH) {
                continue;
            }
            for (int j = Math.max(0, i - COMPOUND_REACH); j <= Math.min(stems.size() - 1, i + COMPOUND_REACH); j++) {
                if (j != i && head.coveredBy(Set.of(stems.get(j))) >= CLASS_MATCH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the articles the question is about contain a focus word or a close relative of it. */
    private boolean presentInScope(Focus f) {
        return inScope(f.stem()) || f.relatives().stream().anyMatch(r -> r.weight() >= CLASS_MATCH && r.in(this::inScope));
    }

    /** Whether the articles the question is about (all of them when it names none) contain every word of a stem phrase. */
    private boolean inScope(String stems) {
        return java.util.Arrays.stream(stems.split(" ")).allMatch(stem -> scope == null ? index.inCorpus(stem)
                : scope.stream().anyMatch(slug -> index.articleContains(slug, stem)));
    }

    /** How well a document covers a focus word; the head of a compound counts less in an article that lacks its modifier. */
    private double cover(Focus f, BriefingIndex.Doc doc) {
        double c = f.coveredBy(doc);
        if (c == 0) {
            // "the zoning commissioners" / "The commission is also pressing for ...": a sentence that calls a
            // thing by its head word alone, in an article that names it in full, speaks of the same thing.
            for (Focus head : in.focus()) {
                if (head.modifier() == f && head.coveredBy(doc.stems()) == 1 && inArticle(f, doc.evidence().getArticle())) {
                    return SHORT_NAME_COVER;
                }
            }
            return 0;
        }
        Focus modifier = f.modifier();
        if (modifier != null && modifier.coveredBy(doc) == 0) {
            if (!inArticle(modifier, doc.evidence().getArticle())) {
                c *= Focus.WITHOUT_MODIFIER;
            }
        }
        return c;
    }

    /** Whether an article contains a focus word or a close relative of it. */
    private boolean inArticle(Focus f, ArticleView article) {
        return java.util.Arrays.stream(f.stem().split(" ")).allMatch(st -> index.articleContains(article, st))
                || f.relatives().stream().anyMatch(r -> r.weight() >= CLASS_MATCH
                        && r.in(st -> index.articleContains(article, st)));
    }

    /**
     * A focus word's weight: rare words say more (BM25 idf). A thing the articles never mention
     * (with no related word they do) weighs as the rarest word; a missing verb or adjective
     * weighs nothing, since it is only the reader's wording.
     */
    private double weight(Focus f) {
        if (f == in.answerClass() && namedByForm() && !presentInScope(f)) {
            return 0; // "What's the price tag ...?" of an article that never says "tag": the amount of money is what is asked for
        }
        boolean present = f.relatives().stream().anyMatch(r -> r.weight() >= 0.6);
        double sum = 0;
        String[] parts = f.stem().split(" ");
        for (String part : parts) {
            double idf = scope == null ? index.idf(part) : index.idfWithin(part, scope);
            int n = scope == null ? index.documentCount() : index.sentencesWithin(scope);
            BriefingIndex whole = index.whole();
            if (idf == 0 && whole != null && whole.inCorpus(part)) {
                // Asked within one article, a word it lacks that other articles use ("bosses") is a common
                // word, weighed by its rarity among all articles on this article's scale; only a word no
                // article uses weighs as the rarest.
                idf = whole.idf(part) * Math.log(1 + n) / Math.log(1 + whole.documentCount());
            }
            sum += idf > 0 ? idf : present || f.thing() ? Math.log(1 + n) : 0;
        }
        return sum / parts.length;
    }

    /**
     * For a question that names only actors ("What did Russia do about the panel of experts?"): the
     * share of them a document names, so the sentence naming both ranks above one naming either.
     */
    private static double namedCoverage(BriefingIndex.Doc doc, Set<ActorView> named) {
        if (named.isEmpty()) {
            return 0;
        }
        long found = named.stream().filter(a -> mentionsNamed(doc, Set.of(a))).count();
        return (double) found / named.size();
    }

    /**
     * Whether the question uses a name to say which thing it means ("the Punta Grigia terminal") and
     * the sentence speaks of that thing ("before the new terminal is finished"): the sentence need not
     * repeat the name.
     */
    private boolean modifiesWhatItSays(ActorView a, BriefingIndex.Doc doc) {
        for (String name : TitleHolders.namesOf(a).toList()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(name) + "\\s+(\\p{L}+)")
                    .matcher(in.question());
            while (m.find()) {
                String stem = EnglishAnalysis.stem(m.group(1).toLowerCase(Locale.ROOT));
                if (stem != null && in.focusStems().contains(stem) && doc.stems().contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a document names one of the actors (a country also through its people: Putin for Russia). */
    private static boolean mentionsNamed(BriefingIndex.Doc doc, Set<ActorView> named) {
        for (ActorView a : named) {
            if (doc.actors().contains(a) || doc.actors().stream().anyMatch(x -> x.getRepresents() == a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences after the best hits that {@code joins} accepts join them (at half their score):
     * for "who" questions every one, since the person is often named in the sentence after the one
     * that matches ("Its chief executive, Ada Lund, said ..."); for others one that refers back.
     */
    private List<BriefingIndex.Hit> withNextSentences(List<BriefingIndex.Hit> hits, java.util.function.Predicate<EvidenceView> joins) {
        List<BriefingIndex.Hit> out = new ArrayList<>(hits);
        Set<String> present = new java.util.HashSet<>();
        hits.forEach(h -> present.add(h.evidence().getKey()));
        for (BriefingIndex.Hit h : hits.subList(0, Math.min(hits.size(), NEIGHBOURED_HITS))) {
            nextSentence(h.evidence(), false).filter(joins).map(index::passageDoc).filter(java.util.Objects::nonNull)
                    .filter(d -> usable.test(d.evidence()))
                    .ifPresent(d -> {
                        if (present.add(d.evidence().getKey())) {
                            out.add(new BriefingIndex.Hit(d, h.score() * 0.5));
                        }
                        // Found on its own words too, the sentence that names the person still takes the words
                        // of the one before it: "The mayor of Porto Vesca wants to ban ..." / "Mayor Chiara Bellandi told ...".
                        introducedBy.putIfAbsent(d.evidence().getKey(), h.doc());
                    });
        }
        return out;
    }

    /** The sentence after an item in the same paragraph of its article, if any. */
    private static java.util.Optional<EvidenceView> nextInParagraph(EvidenceView e) {
        return nextSentence(e, true);
    }

    /** Whether a sentence opens with a pronoun ("She wants ...", "It called on ..."), and so continues the one before it. */
    private static boolean refersBack(EvidenceView e) {
        return BriefingIndex.REFERS_BACK.matcher(e.getCleanQuote()).lookingAt();
    }

    /**
     * The sentence that says who a pronoun-led sentence's "she" or "it" is: the one before it, in
     * whatever paragraph (news paragraphs are often one sentence long). Ranking credits a sentence with
     * its referent's words, and a cited one is quoted with it, so the two must be the same sentence.
     */
    private static java.util.Optional<EvidenceView> referentOf(EvidenceView e) {
        return refersBack(e) ? neighbour(e, -1, false) : java.util.Optional.empty();
    }

    /** The sentence before an item in its paragraph, if any. */
    private static java.util.Optional<EvidenceView> previousInParagraph(EvidenceView e) {
        return neighbour(e, -1, true);
    }

    /** The sentence after an item in its article (news paragraphs are often one sentence long), if any. */
    private static java.util.Optional<EvidenceView> nextSentence(EvidenceView e, boolean sameParagraph) {
        return neighbour(e, 1, sameParagraph);
    }

    /** The sentence {@code step} sentences from the one that ends (or, going back, starts) an item; perhaps only within its paragraph. */
    private static java.util.Optional<EvidenceView> neighbour(EvidenceView e, int step, boolean sameParagraph) {
        List<EvidenceView> sentences = e.getArticle().passages();
        int at = step > 0 ? e.getEnd() : e.getStart();
        for (int i = 0; i < sentences.size(); i++) {
            EvidenceView s = sentences.get(i);
            boolean holds = step > 0 ? s.getStart() < at && at <= s.getEnd() : s.getStart() <= at && at < s.getEnd();
            if (holds) {
                int j = i + step;
                if (j < 0 || j >= sentences.size()) {
                    return java.util.Optional.empty();
                }
                EvidenceView other = sentences.get(j);
                return !sameParagraph || java.util.Objects.equals(other.getParagraphIndex(), s.getParagraphIndex())
                        ? java.util.Optional.of(other) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean overlaps(EvidenceView a, EvidenceView b) {
        return a.getArticle() == b.getArticle() && a.getStart() < b.getEnd() && b.getStart() < a.getEnd();
    }

    private static Query boosted(String stem, double weight) {
        Query term = new TermQuery(new Term(BriefingIndex.TEXT, stem));
        return weight == 1.0 ? term : new BoostQuery(term, (float) weight);
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
                .forEach(e -> caveats.add(new Caveat(CaveatKind.COUNTERPOINT, attributed(e) + curatorNote(e), List.of(e))));
        caveats.addAll(gaps);
        for (int i = 0; i < points.size(); i++) {
            MotiveView motive = points.get(i).motive();
            if (motive != null && motive.getStatus() == ReviewStatus.CANDIDATE) {
                caveats.add(new Caveat(CaveatKind.UNREVIEWED_MOTIVE, "Point " + (i + 1) + " is a motive the service read from "
                        + "the quoted sentence when the article was ingested; no editor has reviewed it yet.", points.get(i).evidence()));
            }
        }
        if (depth == BriefingDepth.HEADLINE) {
            return List.copyOf(caveats);
        }
        List<Integer> unreviewed = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            for (EvidenceView e : points.get(i).evidence()) {
                Certainty c = e.getCertainty();
                boolean weak = c == Certainty.UNCLEAR || c == Certainty.DENIED
                        || (depth == BriefingDepth.DETAILED && (c == Certainty.CLAIMED || c == Certainty.BELIEVED));
                if (weak && e.getStatus() != EvidenceStatus.UNREVIEWED) {
                    caveats.add(new Caveat(CaveatKind.UNCERTAIN_SOURCE, "Point " + (i + 1) + " cites evidence marked "
                            + c.name() + (e.getSpeaker() == null ? "" : " (" + e.getSpeaker() + ")") + ".", List.of(e)));
                }
                if (!e.getArtifacts().isEmpty()) {
                    caveats.add(new Caveat(CaveatKind.DAMAGED_TEXT, "The quote cited in point " + (i + 1)
                            + " contains scraping artifacts (" + damage(e) + "); it is reproduced verbatim."
                            + curatorNote(e), List.of(e)));
                }
                if (e.getStatus() == EvidenceStatus.CANDIDATE) {
                    caveats.add(new Caveat(CaveatKind.UNCONFIRMED_EVIDENCE, "Point " + (i + 1)
                            + " cites machine-extracted evidence that no editor has confirmed.", List.of(e)));
                }
                if (e.getStatus() == EvidenceStatus.UNREVIEWED && !unreviewed.contains(i + 1)) {
                    unreviewed.add(i + 1);
                }
            }
        }
        if (!unreviewed.isEmpty()) {
            caveats.add(new Caveat(CaveatKind.UNREVIEWED_TEXT, (unreviewed.size() == 1 ? "Point " : "Points ")
                    + unreviewed.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (unreviewed.size() == 1 ? " is" : " are") + " drawn from text no editor has reviewed: quoted exactly, not checked.",
                    List.of()));
        }
        return List.copyOf(caveats);
    }

    private static String damage(EvidenceView e) {
        return e.getArtifacts().stream()
                .map(a -> a.getText().isEmpty() ? a.getKind().name() : "\"" + a.getText() + "\" reads \"" + a.getReading() + "\"")
                .collect(Collectors.joining("; "));
    }

    /** A curator's note on damaged text goes wherever the text is shown (points, counterpoints, Markdown). */
    private static String curatorNote(EvidenceView e) {
        return e.getNote() == null || e.getArtifacts().isEmpty() ? "" : " Curator's note: " + e.getNote();
    }

    private String headline(BriefingFacet facet, List<BriefingPoint> points, Coverage coverage, String method) {
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
        if (method.equals("OVERVIEW") && articleCount() > 1) {
            // "Summarise the article" with several stored: say so, rather than pass the newest one off as "the article".
            return prefix + articleCount() + " articles in the knowledge base, each with its opening point, the most recently published first: " + first;
        }
        boolean motives = points.get(0).motive() != null;
        if (motives && holder != null && facet != BriefingFacet.OVERVIEW) {
            String what = switch (facet) {
                case OFFERS -> "things it offers";
                case CONCERNS -> "concerns";
                default -> "things it wants";
            };
            return prefix + holder.getName() + ": " + points.size() + " " + (points.size() == 1 ? what.replace("things", "thing").replace("concerns", "concern") : what)
                    + " in the articles. Foremost: " + first + " " + evidenceInWords(points.get(0).evidence().get(0));
        }
        // A factual question: the best answer-bearing sentence, attributed, is the answer. Whether it
        // happened, or why, is often settled by the sentence after it ("... None has committed."),
        // which the point cites too: the headline gives it as well.
        List<EvidenceView> support = points.get(0).evidence();
        // The answer is the sentence the statement quotes: a sentence before it may say who its "it" is (see search).
        int answer = 0;
        while (answer < support.size() - 1 && !first.contains(inQuotes(support.get(answer)))) {
            answer++;
        }
        if ((in.type() == QuestionType.YES_NO || in.type() == QuestionType.WHY) && points.get(0).motive() == null && support.size() > answer + 1
                && nextInParagraph(support.get(answer)).filter(support.get(answer + 1)::equals).isPresent()) {
            return prefix + first + " " + inQuotes(support.get(answer + 1));
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
        StringBuilder s = new StringBuilder("Read as a ").append(in.type().name()).append(" question (")
                .append(facet.name()).append(") about ");
        if (in.subject() != null) {
            s.append(in.subject().getName());
            if (in.subject().getRepresents() != null && in.subject().getRepresents() != in.subject()) {
                s.append(" (for ").append(in.subject().getRepresents().getName()).append(")");
            }
        } else {
            s.append(in.contentTerms().isEmpty() ? "no particular actor" : "\"" + String.join(" ", in.contentTerms()) + "\"");
        }
        if (!in.topics().isEmpty()) {
            s.append(" on ").append(topicNames());
        }
        s.append("; points chosen from ").append(switch (method) {
            case "MOTIVES" -> "curated motives";
            case "OVERVIEW" -> "each article's opening sentences and each actor's foremost motive";
            case "ARTICLE" -> "the opening sentences of the article the question points to, then a ranked search of every sentence";
            default -> "a ranked search of every sentence and curated evidence item";
        });
        if (in.answerType() != AnswerType.STATEMENT && in.answerType() != AnswerType.MOTIVE && method.equals("SEARCH")) {
            s.append(", preferring sentences that contain a ").append(in.answerType().name().toLowerCase(Locale.ROOT).replace('_', ' '));
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

    /** An item's words: the verbatim quote in quotation marks, or a damaged quote's reading, unquoted. */
    private static String inQuotes(EvidenceView e) {
        return e.getArtifacts().isEmpty() ? "\u201C" + e.getQuote().strip() + "\u201D" : "(reading of damaged text) " + e.getCleanQuote().strip();
    }

    /** A point's first evidence for the headline: the verbatim quote in quotation marks, or a damaged quote's reading. */
    private static String evidenceInWords(EvidenceView e) {
        return e.getArtifacts().isEmpty() ? "(\u201C" + e.getQuote().strip() + "\u201D)" : "(reading of damaged text: " + e.getCleanQuote().strip() + ")";
    }

    /**
     * A quote with its source: faithful, and never a new claim. Verbatim text goes inside quotation
     * marks; where scraping damaged the text, the cleaned reading is given as a reading, unquoted.
     */
    static String attributed(EvidenceView e) {
        String speaker = e.getSpeaker();
        boolean attributed = speaker != null && !speaker.isBlank() && !speaker.toLowerCase(Locale.ROOT).startsWith("the article");
        String text = inQuotes(e);
        if (attributed) {
            return "According to " + speaker + ": " + text;
        }
        String who = bySurname(e);
        // Who the surname is, after the quote: a name before it would read as the speaker's.
        return who != null ? text + " (" + surname(who) + " is " + who + ")" : text;
    }

    /**
     * The full name of the person a sentence opens with by surname alone ("Pritchard is pushing for
     * ..."), as the article gave it earlier ("Owen Pritchard"); null when it does not.
     */
    private static String bySurname(EvidenceView e) {
        String text = e.getCleanQuote().strip();
        for (ActorView a : e.getActors()) {
            String name = a.getName().trim();
            if (a.getKind() != io.briefing.knowledge.ActorKind.PERSON || name.indexOf(' ') < 0 || text.contains(name)) {
                continue;
            }
            String surname = surname(name);
            if (text.startsWith(surname) && (text.length() == surname.length() || !Character.isLetter(text.charAt(surname.length())))) {
                return name;
            }
        }
        return null;
    }
}
