package io.briefing.snapshot;

import io.briefing.article.ArticleOrigin;
import io.briefing.article.ArticleText;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.extraction.TimeExpressionExtractor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a {@link KnowledgeSnapshot} from its records and the links between them (by id), as read
 * from the database by {@link SnapshotLoader} or written by hand in a unit test: the one place that
 * links the views, derives what is computed from the text (clean readings, artifacts, paragraphs,
 * sections, time expressions, passages and the actors they mention) and the reverse links (an
 * actor's motives, a topic's evidence, ...).
 * <p>
 * The views' link fields are package-private for this class alone: {@link #build} sets each once,
 * before the snapshot exists, and nothing changes them afterwards. A snapshot is published to other
 * threads through {@link KnowledgeSnapshots} (a volatile reference), so readers see the views
 * complete; the views are effectively immutable. A builder builds one snapshot.
 * <p>
 * Records are added in any order; links naming a record that is not there are ignored, as the loader
 * ignored rows pointing at records it left out. An evidence item whose quote is not its article's
 * text at its offsets is left out (logged): the API's promise is {@code text[start, end) == quote}.
 */
public final class KnowledgeSnapshotBuilder {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SnapshotLoader.class);

    /** Articles by slug, then offset, then key: the order of evidence lists. */
    static final Comparator<EvidenceView> READING_ORDER = Comparator.<EvidenceView, String>comparing(e -> e.getArticle().getSlug())
            .thenComparingInt(EvidenceView::getStart).thenComparing(EvidenceView::getKey);
    /** Reviewed before candidates; then most important first; ties keep the order in which motives were curated (their ids). */
    static final Comparator<MotiveView> MOTIVE_ORDER = Comparator.comparing(MotiveView::getStatus)
            .thenComparing(Comparator.comparingInt(MotiveView::importance).reversed())
            .thenComparingLong(m -> m.dbId);

    /** Stateless and thread-safe; time expressions are recomputed from quote and publication date with every snapshot, so nothing stored can drift from either. */
    private static final TimeExpressionExtractor TIMES = new TimeExpressionExtractor();

    // The records and links below are package-private for SnapshotFile, which writes a builder's
    // contents to disk and reads them back into a new builder (the persisted snapshot).

    record EvidenceRecord(EvidenceView view, long articleId, Long speakerActorId) {
    }

    record MotiveRecord(MotiveView view, long actorId) {
    }

    record MotiveLink(long motiveId, long evidenceId, EvidenceRole role) {
    }

    final Map<Long, ArticleView> articles = new HashMap<>();
    final Map<Long, ActorView> actors = new HashMap<>();
    final Map<Long, Long> represents = new HashMap<>();
    final Map<Long, List<String>> aliases = new HashMap<>();
    final Map<Long, TopicView> topics = new HashMap<>();
    final Map<Long, EvidenceRecord> evidence = new HashMap<>();
    final Map<Long, List<Long>> evidenceActors = new HashMap<>();
    final Map<Long, List<Long>> evidenceTopics = new HashMap<>();
    final Map<Long, List<QuantityView>> quantities = new HashMap<>();
    final Map<Long, MotiveRecord> motives = new HashMap<>();
    final Map<Long, List<Long>> motiveTopics = new HashMap<>();
    final List<MotiveLink> motiveLinks = new ArrayList<>();
    private boolean built;

    KnowledgeSnapshotBuilder() {
    }

    // ---- records as views (the loader) ---------------------------------------------------------

    KnowledgeSnapshotBuilder article(ArticleView article) {
        articles.put(article.dbId, article);
        return this;
    }

    KnowledgeSnapshotBuilder actor(ActorView actor) {
        actors.put(actor.dbId, actor);
        return this;
    }

    KnowledgeSnapshotBuilder topic(TopicView topic) {
        topics.put(topic.dbId, topic);
        return this;
    }

    KnowledgeSnapshotBuilder evidence(EvidenceView item, long articleId, Long speakerActorId) {
        evidence.put(item.dbId, new EvidenceRecord(item, articleId, speakerActorId));
        return this;
    }

    KnowledgeSnapshotBuilder motive(MotiveView motive, long actorId) {
        motives.put(motive.dbId, new MotiveRecord(motive, actorId));
        return this;
    }

    // ---- records by value (unit tests) ---------------------------------------------------------

    /** An ingested article, with its analysed text ({@code new ArticleAnalyzer().analyse(text)}). */
    public KnowledgeSnapshotBuilder article(long id, String slug, String title, LocalDate publishedOn, ArticleText analysis) {
        // The text's real hash: caches of readings and indexes are keyed by it, so two in-memory
        // snapshots with different texts must never share a key.
        return article(new ArticleView(id, slug, title, null, null, publishedOn, ArticleOrigin.INGESTED,
                io.briefing.article.ContentHash.of(analysis.raw()), Instant.EPOCH.plusSeconds(id), analysis));
    }

    /** A curated actor with its aliases. */
    public KnowledgeSnapshotBuilder actor(long id, String slug, String name, ActorKind kind, String... aliases) {
        actor(new ActorView(id, slug, name, kind, null, Provenance.CURATED, 0, Instant.EPOCH));
        for (String alias : aliases) {
            alias(id, alias);
        }
        return this;
    }

    /** A curated topic. */
    public KnowledgeSnapshotBuilder topic(long id, String slug, String name, String... keywords) {
        return topic(new TopicView(id, slug, name, null, List.of(keywords), Provenance.CURATED, 0, Instant.EPOCH));
    }

    /** A curated evidence item quoting {@code article}'s text at {@code [start, end)}. */
    public KnowledgeSnapshotBuilder evidence(long id, String key, long articleId, int start, int end, Certainty certainty,
            EvidenceStatus status) {
        ArticleView article = articles.get(articleId);
        if (article == null) {
            throw new IllegalArgumentException("Add article " + articleId + " before its evidence");
        }
        String quote = article.getText().substring(start, end);
        return evidence(new EvidenceView(id, key, quote, start, end, null, certainty, EvidenceKind.REPORT, 3, null, List.of(),
                Provenance.CURATED, status, 0, Instant.EPOCH), articleId, null);
    }

    /** A curated motive of an actor. */
    public KnowledgeSnapshotBuilder motive(long id, String key, long actorId, MotiveKind kind, String statement, int importance) {
        return motive(new MotiveView(id, key, kind, statement, importance, Provenance.CURATED, 0, Instant.EPOCH), actorId);
    }

    // ---- links ---------------------------------------------------------------------------------

    /** Another name of an actor; aliases keep the order in which they are added. */
    public KnowledgeSnapshotBuilder alias(long actorId, String alias) {
        aliases.computeIfAbsent(actorId, k -> new ArrayList<>()).add(alias);
        return this;
    }

    /** A person acting for a country ("kim" for "north-korea"). */
    public KnowledgeSnapshotBuilder represents(long personId, long countryId) {
        represents.put(personId, countryId);
        return this;
    }

    public KnowledgeSnapshotBuilder evidenceActor(long evidenceId, long actorId) {
        evidenceActors.computeIfAbsent(evidenceId, k -> new ArrayList<>()).add(actorId);
        return this;
    }

    public KnowledgeSnapshotBuilder evidenceTopic(long evidenceId, long topicId) {
        evidenceTopics.computeIfAbsent(evidenceId, k -> new ArrayList<>()).add(topicId);
        return this;
    }

    /** A figure of an evidence item; quantities keep the order in which they are added. */
    public KnowledgeSnapshotBuilder quantity(long evidenceId, QuantityView quantity) {
        quantities.computeIfAbsent(evidenceId, k -> new ArrayList<>()).add(quantity);
        return this;
    }

    public KnowledgeSnapshotBuilder motiveTopic(long motiveId, long topicId) {
        motiveTopics.computeIfAbsent(motiveId, k -> new ArrayList<>()).add(topicId);
        return this;
    }

    /** Evidence supporting or complicating a motive; each role keeps the order in which links are added (the curator's). */
    public KnowledgeSnapshotBuilder motiveEvidence(long motiveId, long evidenceId, EvidenceRole role) {
        motiveLinks.add(new MotiveLink(motiveId, evidenceId, role));
        return this;
    }

    // ---- build ---------------------------------------------------------------------------------

    /** Links everything and returns the snapshot; the builder cannot be used again. */
    public KnowledgeSnapshot build(long generation, Instant builtAt) {
        if (built) {
            throw new IllegalStateException("A builder builds one snapshot: its views now belong to it");
        }
        built = true;
        represents.forEach((person, country) -> {
            ActorView actor = actors.get(person);
            if (actor != null) {
                actor.represents = actors.get(country);
            }
        });
        aliases.forEach((actor, names) -> {
            if (actors.containsKey(actor)) {
                actors.get(actor).aliases = List.copyOf(names);
            }
        });

        Map<Long, EvidenceView> items = new HashMap<>();
        evidence.forEach((id, record) -> {
            EvidenceView view = record.view();
            ArticleView source = articles.get(record.articleId());
            if (source == null || !quotesExactly(source.getText(), view)) {
                // The promise is text[start, end) == quote; an item that breaks it is never served.
                LOG.errorf("Evidence %s does not match article %s at [%d, %d); left out of the snapshot",
                        view.getKey(), source == null ? record.articleId() : source.getSlug(), view.getStart(), view.getEnd());
                return;
            }
            view.article = source;
            view.speakerActor = record.speakerActorId() == null ? null : actors.get(record.speakerActorId());
            ArticleText text = source.analysis();
            view.cleanQuote = text.cleanReading(view.span());
            view.artifacts = text.artifactsWithin(view.span()).stream().map(ArtifactView::new).toList();
            view.paragraphIndex = text.paragraphAt(view.getStart()).map(p -> p.index()).orElse(null);
            view.section = text.headingBefore(view.getStart()).map(h -> h.span().of(text.raw())).orElse(null);
            view.times = TIMES.extract(view.getQuote(), view.getStart(), source.getPublishedOn()).stream().map(TimeExpressionView::of).toList();
            view.actors = sorted(resolve(evidenceActors.get(id), actors), ActorView::getSlug);
            view.topics = sorted(resolve(evidenceTopics.get(id), topics), TopicView::getSlug);
            view.quantities = List.copyOf(quantities.getOrDefault(id, List.of()));
            items.put(id, view);
        });

        Map<Long, List<EvidenceView>> supporting = new HashMap<>();
        Map<Long, List<EvidenceView>> complicating = new HashMap<>();
        for (MotiveLink link : motiveLinks) {
            EvidenceView item = items.get(link.evidenceId());
            if (item != null) {
                (link.role() == EvidenceRole.SUPPORTS ? supporting : complicating)
                        .computeIfAbsent(link.motiveId(), k -> new ArrayList<>()).add(item);
            }
        }
        motives.forEach((id, record) -> {
            MotiveView view = record.view();
            view.actor = actors.get(record.actorId());
            view.topics = sorted(resolve(motiveTopics.get(id), topics), TopicView::getSlug);
            // Curated order: the curator lists the most direct evidence first; editors' links follow.
            view.supporting = List.copyOf(supporting.getOrDefault(id, List.of()));
            view.complicating = List.copyOf(complicating.getOrDefault(id, List.of()));
        });

        // Reverse links, computed in memory.
        List<MotiveView> motiveList = motives.values().stream().map(MotiveRecord::view).sorted(MOTIVE_ORDER).toList();
        Map<ActorView, List<MotiveView>> byActor = new HashMap<>();
        Map<TopicView, List<MotiveView>> byTopic = new HashMap<>();
        for (MotiveView m : motiveList) {
            byActor.computeIfAbsent(m.actor, k -> new ArrayList<>()).add(m);
            m.topics.forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(m));
        }
        actors.values().forEach(a -> a.motives = List.copyOf(byActor.getOrDefault(a, List.of())));
        topics.values().forEach(t -> t.motives = List.copyOf(byTopic.getOrDefault(t, List.of())));
        List<EvidenceView> evidenceList = items.values().stream().sorted(READING_ORDER).toList();
        Map<ArticleView, List<EvidenceView>> byArticle = new HashMap<>();
        Map<TopicView, List<EvidenceView>> evidenceByTopic = new HashMap<>();
        for (EvidenceView e : evidenceList) {
            byArticle.computeIfAbsent(e.getArticle(), k -> new ArrayList<>()).add(e);
            e.getTopics().forEach(t -> evidenceByTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(e));
        }
        articles.values().forEach(a -> a.evidence = List.copyOf(byArticle.getOrDefault(a, List.of())));
        Passages.retainOnly(articles.values());
        ActorMentions mentions = new ActorMentions(actors.values());
        articles.values().forEach(a -> {
            a.passages = Passages.of(a);
            a.passages.forEach(p -> p.actors = mentions.in(p.getCleanQuote(), a));
        });
        topics.values().forEach(t -> t.evidence = List.copyOf(evidenceByTopic.getOrDefault(t, List.of())));

        return new KnowledgeSnapshot(generation, builtAt,
                articles.values().stream().sorted(Comparator.comparing(ArticleView::getSlug)).toList(),
                actors.values().stream().sorted(Comparator.comparing(ActorView::getSlug)).toList(),
                topics.values().stream().sorted(Comparator.comparing(TopicView::getSlug)).toList(),
                evidenceList, motiveList);
    }

    private static boolean quotesExactly(String text, EvidenceView e) {
        return e.getStart() >= 0 && e.getEnd() <= text.length() && e.getStart() < e.getEnd()
                && text.regionMatches(e.getStart(), e.getQuote(), 0, e.getQuote().length())
                && e.getQuote().length() == e.getEnd() - e.getStart();
    }

    private static <V> List<V> resolve(List<Long> ids, Map<Long, V> targets) {
        if (ids == null) {
            return List.of();
        }
        List<V> found = new ArrayList<>();
        for (Long id : ids) {
            V target = targets.get(id);
            if (target != null) {
                found.add(target);
            }
        }
        return found;
    }

    private static <V> List<V> sorted(List<V> values, Function<V, String> key) {
        return values.stream().sorted(Comparator.comparing(key)).toList();
    }
}
