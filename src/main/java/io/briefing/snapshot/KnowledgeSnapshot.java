package io.briefing.snapshot;

import io.briefing.error.NotFoundException;
import io.briefing.knowledge.NameLookup;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, fully linked copy of the knowledge base. Every read (queries and briefings) is
 * served from one snapshot, so a request never touches the database and always sees one consistent
 * state; writers build a new snapshot and swap it in (see {@link KnowledgeSnapshots}).
 */
public final class KnowledgeSnapshot {

    private final long generation;
    private final Instant builtAt;
    private final List<ArticleView> articles;
    private final Map<String, ArticleView> articlesBySlug;
    private final List<ActorView> actors;
    private final NameLookup<ActorView> actorNames;
    private final List<TopicView> topics;
    private final NameLookup<TopicView> topicNames;
    private final List<EvidenceView> evidence;
    private final Map<String, EvidenceView> evidenceByKey;
    private final List<MotiveView> motives;
    private final Map<String, MotiveView> motivesByKey;

    KnowledgeSnapshot(long generation, Instant builtAt, List<ArticleView> articles, List<ActorView> actors,
            List<TopicView> topics, List<EvidenceView> evidence, List<MotiveView> motives) {
        this.generation = generation;
        this.builtAt = builtAt;
        this.articles = List.copyOf(articles);
        this.actors = List.copyOf(actors);
        this.topics = List.copyOf(topics);
        this.evidence = List.copyOf(evidence);
        this.motives = List.copyOf(motives);
        this.articlesBySlug = index(articles, ArticleView::getSlug);
        this.actorNames = NameLookup.actors(this.actors, ActorView::getSlug, KnowledgeSnapshot::namesOf);
        this.topicNames = NameLookup.topics(this.topics, TopicView::getSlug, TopicView::getName);
        this.evidenceByKey = index(evidence, EvidenceView::getKey);
        this.motivesByKey = index(motives, MotiveView::getKey);
    }

    private static List<String> namesOf(ActorView actor) {
        List<String> names = new java.util.ArrayList<>();
        names.add(actor.getName());
        names.addAll(actor.getAliases());
        return names;
    }

    /** A builder of a snapshot from records and links: the loader's, and unit tests' without a database. */
    public static KnowledgeSnapshotBuilder builder() {
        return new KnowledgeSnapshotBuilder();
    }

    static KnowledgeSnapshot empty() {
        return new KnowledgeSnapshot(0, Instant.EPOCH, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> index(Collection<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return Map.copyOf(map);
    }

    /**
     * This snapshot seen through one of its articles: that article, its evidence, and the motives
     * it supports. Actors and topics stay whole, so the names a question uses are read as in the
     * whole snapshot, and are then looked for in this article only. Same generation: it is a view of
     * this snapshot, not a newer state.
     */
    public KnowledgeSnapshot restrictedTo(ArticleView article) {
        if (articlesBySlug.get(article.getSlug()) != article) {
            throw new IllegalArgumentException("Article '" + article.getSlug() + "' is not in snapshot " + generation);
        }
        List<EvidenceView> own = evidence.stream().filter(e -> e.getArticle() == article).toList();
        List<MotiveView> supported = motives.stream()
                .filter(m -> m.getEvidence().stream().anyMatch(e -> e.getArticle() == article)).toList();
        return new KnowledgeSnapshot(generation, builtAt, List.of(article), actors, topics, own, supported);
    }

    public long generation() {
        return generation;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public List<ArticleView> articles() {
        return articles;
    }

    public Optional<ArticleView> article(String slug) {
        return Optional.ofNullable(slug == null ? null : articlesBySlug.get(slug));
    }

    public List<ActorView> actors() {
        return actors;
    }

    /** An actor by slug ("north-korea"), name or alias ("Pyongyang", "kim jong-un"), case-insensitively ({@link NameLookup}). */
    public Optional<ActorView> actor(String slugOrAlias) {
        return actorNames.find(slugOrAlias);
    }

    public List<TopicView> topics() {
        return topics;
    }

    /** A topic by slug, or by its name case-insensitively ({@link NameLookup}). */
    public Optional<TopicView> topic(String slugOrName) {
        return topicNames.find(slugOrName);
    }

    public List<EvidenceView> evidence() {
        return evidence;
    }

    /** Every sentence of every article as UNREVIEWED evidence, article by article in reading order. */
    public List<EvidenceView> passages() {
        return articles.stream().flatMap(a -> a.passages().stream()).toList();
    }

    public Optional<EvidenceView> evidence(String key) {
        return Optional.ofNullable(key == null ? null : evidenceByKey.get(key));
    }

    public List<MotiveView> motives() {
        return motives;
    }

    public Optional<MotiveView> motive(String key) {
        return Optional.ofNullable(key == null ? null : motivesByKey.get(key));
    }

    /** The actor an argument names, or a client error listing the valid slugs. */
    public ActorView requireActor(String argument, String value) {
        return actorNames.require(argument, value);
    }

    /** The topic an argument names, or a client error listing the valid slugs. */
    public TopicView requireTopic(String argument, String value) {
        return topicNames.require(argument, value);
    }

    public ArticleView requireArticle(String argument, String value) {
        return article(value).orElseThrow(() -> new NotFoundException("Unknown article '" + value + "' in argument '"
                + argument + "'. Valid slugs: " + String.join(", ", articles.stream().map(ArticleView::getSlug).toList())));
    }

    public List<String> actorSlugs() {
        return actors.stream().map(ActorView::getSlug).toList();
    }

    public List<String> topicSlugs() {
        return topics.stream().map(TopicView::getSlug).toList();
    }
}
