package io.briefing.snapshot;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.knowledge.ActorKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Slug-based shorthand over {@link KnowledgeSnapshot#builder()} for the briefing logic's unit tests:
 * articles (analysed and split into passages exactly as the loader's snapshots are) and actors with
 * aliases, without a database. New tests can use the builder directly.
 */
public final class InMemorySnapshot {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private final KnowledgeSnapshotBuilder builder = KnowledgeSnapshot.builder();
    private final Map<String, Long> actorIds = new HashMap<>();
    private long ids = 1;

    public InMemorySnapshot article(String slug, String title, String text, LocalDate publishedOn) {
        builder.article(ids++, slug, title, publishedOn, ANALYZER.analyse(text));
        return this;
    }

    public InMemorySnapshot actor(String slug, String name, ActorKind kind, String... aliases) {
        long id = ids++;
        actorIds.put(slug, id);
        builder.actor(id, slug, name, kind, aliases);
        return this;
    }

    /** A person acting for a country already added ("kim" for "north-korea"). */
    public InMemorySnapshot represents(String person, String country) {
        builder.represents(id(person), id(country));
        return this;
    }

    public KnowledgeSnapshot build() {
        return build(1);
    }

    /** The snapshot as a given generation, for tests that publish several in turn. */
    public KnowledgeSnapshot build(long generation) {
        return builder.build(generation, Instant.now());
    }

    private long id(String slug) {
        Long id = actorIds.get(slug);
        if (id == null) {
            throw new IllegalArgumentException("No actor " + slug);
        }
        return id;
    }
}
