package io.briefing.snapshot;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.article.ArticleOrigin;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small {@link KnowledgeSnapshot} in memory, without a database, for fast unit tests of
 * the briefing logic: articles (analysed and split into passages exactly as the loader does) and
 * actors with aliases.
 */
public final class InMemorySnapshot {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private final List<ArticleView> articles = new ArrayList<>();
    private final List<ActorView> actors = new ArrayList<>();
    private long ids = 1;

    public InMemorySnapshot article(String slug, String title, String text, LocalDate publishedOn) {
        long id = ids++;
        articles.add(new ArticleView(id, slug, title, null, null, publishedOn, ArticleOrigin.INGESTED, "hash-" + id,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id), ANALYZER.analyse(text)));
        return this;
    }

    public InMemorySnapshot actor(String slug, String name, ActorKind kind, String... aliases) {
        ActorView actor = new ActorView(ids++, slug, name, kind, null, Provenance.CURATED, 0, Instant.EPOCH);
        actor.aliases = List.of(aliases);
        actors.add(actor);
        return this;
    }

    /** A person acting for a country already added ("kim" for "north-korea"). */
    public InMemorySnapshot represents(String person, String country) {
        find(person).represents = find(country);
        return this;
    }

    public KnowledgeSnapshot build() {
        ActorMentions mentions = new ActorMentions(actors);
        for (ArticleView a : articles) {
            a.passages = Passages.of(a);
            a.passages.forEach(p -> p.actors = mentions.in(p.getCleanQuote()));
        }
        return new KnowledgeSnapshot(1, Instant.now(), articles, actors, List.of(), List.of(), List.of());
    }

    private ActorView find(String slug) {
        return actors.stream().filter(a -> a.getSlug().equals(slug)).findFirst().orElseThrow();
    }
}
