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
    private final Map<String, Long> articleIds = new HashMap<>();
    private final Map<String, String> articleTexts = new HashMap<>();
    private long ids = 1;
    /** The motive added last, which {@link #alsoCites} gives more evidence. */
    private long lastMotive;
    private String lastMotiveActor;

    public InMemorySnapshot article(String slug, String title, String text, LocalDate publishedOn) {
        long id = ids++;
        io.briefing.article.ArticleText analysed = ANALYZER.analyse(text);
        articleIds.put(slug, id);
        articleTexts.put(slug, analysed.raw());
        builder.article(id, slug, title, publishedOn, analysed);
        return this;
    }

    public InMemorySnapshot actor(String slug, String name, ActorKind kind, String... aliases) {
        long id = ids++;
        actorIds.put(slug, id);
        builder.actor(id, slug, name, kind, aliases);
        return this;
    }

    /** A CANDIDATE actor, as ingestion proposes them for an editor to review. */
    public InMemorySnapshot candidateActor(String slug, String name, ActorKind kind, String... aliases) {
        long id = ids++;
        actorIds.put(slug, id);
        builder.actor(new ActorView(id, slug, name, kind, null, io.briefing.knowledge.ReviewStatus.CANDIDATE,
                io.briefing.knowledge.Provenance.EXTRACTED, 0, Instant.EPOCH));
        for (String alias : aliases) {
            builder.alias(id, alias);
        }
        return this;
    }

    /** A reviewed person with a description ("a retired judge who has sat on the board since 2014"). */
    public InMemorySnapshot person(String slug, String name, String description, String... aliases) {
        long id = ids++;
        actorIds.put(slug, id);
        builder.actor(new ActorView(id, slug, name, ActorKind.PERSON, description, io.briefing.knowledge.Provenance.CURATED, 0, Instant.EPOCH));
        for (String alias : aliases) {
            builder.alias(id, alias);
        }
        return this;
    }

    /** A person acting for a country already added ("kim" for "north-korea"). */
    public InMemorySnapshot represents(String person, String country) {
        builder.represents(id(person), id(country));
        return this;
    }

    /** A reviewed motive of an actor already added, resting on a quote of an article already added. */
    public InMemorySnapshot motive(String actor, io.briefing.knowledge.MotiveKind kind, String statement, String article, String quote) {
        return motive(actor, kind, statement, article, quote, false);
    }

    /** A CANDIDATE motive, as ingestion proposes one from a sentence (itself CANDIDATE evidence). */
    public InMemorySnapshot candidateMotive(String actor, io.briefing.knowledge.MotiveKind kind, String statement, String article, String quote) {
        return motive(actor, kind, statement, article, quote, true);
    }

    private InMemorySnapshot motive(String actor, io.briefing.knowledge.MotiveKind kind, String statement, String article, String quote,
            boolean candidate) {
        long evidence = evidence(actor, article, quote,
                candidate ? io.briefing.knowledge.EvidenceStatus.CANDIDATE : io.briefing.knowledge.EvidenceStatus.CONFIRMED);
        long motive = ids++;
        if (candidate) {
            builder.motive(new MotiveView(motive, "motive-" + motive, kind, statement, 3, io.briefing.knowledge.ReviewStatus.CANDIDATE,
                    io.briefing.knowledge.Provenance.EXTRACTED, 0, Instant.EPOCH), id(actor));
        } else {
            builder.motive(motive, "motive-" + motive, id(actor), kind, statement, 3);
        }
        builder.motiveEvidence(motive, evidence, io.briefing.knowledge.EvidenceRole.SUPPORTS);
        lastMotive = motive;
        lastMotiveActor = actor;
        return this;
    }

    /** Another reviewed quote, of any article already added, supporting the motive added last. */
    public InMemorySnapshot alsoCites(String article, String quote) {
        long evidence = evidence(lastMotiveActor, article, quote, io.briefing.knowledge.EvidenceStatus.CONFIRMED);
        builder.motiveEvidence(lastMotive, evidence, io.briefing.knowledge.EvidenceRole.SUPPORTS);
        return this;
    }

    /** A quote of an article already added, as evidence about an actor; returns its id. */
    private long evidence(String actor, String article, String quote, io.briefing.knowledge.EvidenceStatus status) {
        int start = articleTexts.get(article).indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("No quote '" + quote + "' in " + article);
        }
        long evidence = ids++;
        builder.evidence(evidence, "evidence-" + evidence, articleIds.get(article), start, start + quote.length(),
                io.briefing.knowledge.Certainty.REPORTED, status);
        builder.evidenceActor(evidence, id(actor));
        return evidence;
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
