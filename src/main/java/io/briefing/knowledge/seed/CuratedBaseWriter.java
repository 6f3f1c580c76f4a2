package io.briefing.knowledge.seed;

import io.briefing.article.Article;
import io.briefing.article.ArticleOrigin;
import io.briefing.article.ContentHash;
import io.briefing.article.QuoteLocator;
import io.briefing.article.TextSpan;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.ActorAlias;
import io.briefing.knowledge.ChangeRecord;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.EvidenceFactory;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.Names;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.SeedState;
import io.briefing.knowledge.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.briefing.knowledge.seed.CuratedBase.orEmpty;

/**
 * Writes a validated curated base in one transaction: upserts by slug and key, and removes curated
 * records the file no longer has. Records that editors created are never touched here.
 */
@ApplicationScoped
public class CuratedBaseWriter {

    static final String CURATOR = "curator";

    /** Every key and slug that some curated file still defines: records outside it were dropped. */
    public record CuratedKeys(Set<String> actors, Set<String> topics, Set<String> evidence, Set<String> motives) {

        public static CuratedKeys of(List<CuratedBase> bases) {
            Set<String> actors = new LinkedHashSet<>();
            Set<String> topics = new LinkedHashSet<>();
            Set<String> evidence = new LinkedHashSet<>();
            Set<String> motives = new LinkedHashSet<>();
            for (CuratedBase base : bases) {
                orEmpty(base.actors()).forEach(a -> actors.add(a.slug()));
                orEmpty(base.topics()).forEach(t -> topics.add(t.slug()));
                orEmpty(base.evidence()).forEach(e -> evidence.add(e.key()));
                orEmpty(base.motives()).forEach(m -> motives.add(m.key()));
            }
            return new CuratedKeys(keys(actors), keys(topics), keys(evidence), keys(motives));
        }
    }

    @Transactional
    public boolean apply(String resource, String fileHash, CuratedBase base, String articleText,
            CuratedBaseValidator.Located located, CuratedKeys allCurated) {
        lockAgainstOtherReplicas();
        SeedState state = SeedState.findById(resource);
        if (state != null && state.contentHash.equals(fileHash)) {
            return false;
        }
        Instant now = Instant.now();
        Article article = upsertArticle(base.article(), articleText, now);
        Map<String, Actor> actors = upsertActors(base, now);
        Map<String, Topic> topics = upsertTopics(base, now);
        Map<String, Evidence> evidence = upsertEvidence(base, article, located, actors, topics, now);
        upsertMotives(base, actors, topics, evidence, now);
        removeDropped(allCurated, article);

        if (state == null) {
            state = new SeedState();
            state.resource = resource;
        }
        state.contentHash = fileHash;
        state.appliedAt = now;
        state.persist();
        ChangeRecord.of(now, CURATOR, "applyCuratedBase", "CuratedBase", resource,
                "Applied " + resource + ": " + actors.size() + " actors, " + topics.size() + " topics, "
                        + evidence.size() + " evidence, " + orEmpty(base.motives()).size() + " motives").persist();
        return true;
    }

    /** Arbitrary, fixed key of the transaction-scoped advisory lock that serialises curated-file loading. */
    static final long SEED_LOCK_KEY = 0x42_52_49_45_46_01L;

    /**
     * Several replicas starting at once on one PostgreSQL database would each see the seed state
     * unapplied and write the curated base together (duplicate slugs, or one start failing). The
     * first statement of this transaction takes an advisory lock held until commit: one replica
     * applies, the others wait, then read the seed state it committed and skip. H2 is embedded in
     * one process (its file is locked), so there is nothing to wait for.
     */
    private static void lockAgainstOtherReplicas() {
        if (io.briefing.db.DatabaseKind.isPostgreSQL()) {
            SeedState.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + SEED_LOCK_KEY + ")) l")
                    .getSingleResult();
        }
    }

    private Article upsertArticle(CuratedBase.ArticleSpec spec, String text, Instant now) {
        Article existing = Article.findBySlug(spec.slug()).orElse(null);
        if (existing != null && !existing.body.equals(text)) {
            relocateEditorsEvidence(existing, text);
        }
        Article article = Optional.ofNullable(existing).orElseGet(() -> {
            Article a = new Article();
            a.slug = spec.slug();
            a.origin = ArticleOrigin.SHIPPED;
            a.createdAt = now;
            a.createdBy = CURATOR;
            return a;
        });
        article.title = spec.title();
        article.source = spec.source();
        article.url = spec.url();
        article.publishedOn = spec.publishedOn() == null ? null : LocalDate.parse(spec.publishedOn());
        article.body = text;
        article.contentHash = ContentHash.of(text);
        article.persist();
        return article;
    }

    /**
     * The shipped article's text changed: evidence editors attached to it is found again in the new
     * text (same quote, same occurrence). A quote that is gone stops the start, naming it, rather
     * than leaving offsets that point at other words.
     */
    private static void relocateEditorsEvidence(Article article, String newText) {
        List<String> lost = new ArrayList<>();
        for (Evidence e : Evidence.<Evidence>list("article = ?1 and provenance <> ?2", article, Provenance.CURATED)) {
            try {
                TextSpan span = QuoteLocator.locate(newText, e.quote, e.occurrence);
                int shift = span.start() - e.startOffset;
                e.startOffset = span.start();
                e.endOffset = span.end();
                e.quantities.forEach(q -> {
                    q.startOffset += shift;
                    q.endOffset += shift;
                });
            } catch (QuoteLocator.QuoteNotFoundException notFound) {
                lost.add(e.key + ": " + notFound.getMessage());
            }
        }
        if (!lost.isEmpty()) {
            throw new CuratedBaseValidator.CuratedBaseException("article " + article.slug
                    + " (its text changed and editors' evidence no longer matches it)", lost);
        }
    }

    private Map<String, Actor> upsertActors(CuratedBase base, Instant now) {
        Map<String, Actor> bySlug = new HashMap<>();
        for (Actor existing : Actor.<Actor>listAll()) {
            bySlug.put(existing.slug, existing);
        }
        Map<String, Actor> curated = new HashMap<>();
        for (var spec : orEmpty(base.actors())) {
            Actor actor = bySlug.computeIfAbsent(spec.slug(), slug -> {
                Actor a = new Actor();
                a.slug = slug;
                return a;
            });
            actor.name = spec.name();
            actor.kind = spec.kind();
            actor.description = spec.description();
            actor.provenance = Provenance.CURATED;
            actor.status = io.briefing.knowledge.ReviewStatus.CONFIRMED;
            actor.touch(CURATOR, now);
            syncAliases(actor, spec);
            actor.persist();
            curated.put(spec.slug(), actor);
        }
        for (var spec : orEmpty(base.actors())) {
            curated.get(spec.slug()).represents = spec.represents() == null ? null : curated.get(spec.represents());
        }
        return curated;
    }

    /** Diff rather than replace: re-inserting a kept alias before its delete would break uniqueness. */
    private static void syncAliases(Actor actor, CuratedBase.ActorSpec spec) {
        Map<String, String> wanted = new HashMap<>();
        for (String alias : orEmpty(spec.aliases())) {
            wanted.putIfAbsent(Names.normalize(alias), alias);
        }
        wanted.putIfAbsent(Names.normalize(spec.name()), spec.name());
        // Aliases editors added stay; curated ones follow the file.
        actor.aliases.removeIf(a -> a.curated && !wanted.containsKey(a.normalized));
        Set<String> present = new LinkedHashSet<>();
        actor.aliases.forEach(a -> present.add(a.normalized));
        wanted.forEach((normalized, alias) -> {
            if (!present.contains(normalized)) {
                actor.aliases.add(ActorAlias.of(actor, alias, true));
            }
        });
    }

    private Map<String, Topic> upsertTopics(CuratedBase base, Instant now) {
        Map<String, Topic> curated = new HashMap<>();
        for (var spec : orEmpty(base.topics())) {
            Topic topic = Topic.findBySlug(spec.slug()).orElseGet(() -> {
                Topic t = new Topic();
                t.slug = spec.slug();
                return t;
            });
            topic.name = spec.name();
            topic.description = spec.description();
            topic.keywords = io.briefing.knowledge.Keywords.join(orEmpty(spec.keywords()));
            topic.provenance = Provenance.CURATED;
            topic.touch(CURATOR, now);
            topic.persist();
            curated.put(spec.slug(), topic);
        }
        return curated;
    }

    private Map<String, Evidence> upsertEvidence(CuratedBase base, Article article, CuratedBaseValidator.Located located,
            Map<String, Actor> actors, Map<String, Topic> topics, Instant now) {
        Map<String, Evidence> curated = new HashMap<>();
        for (var spec : orEmpty(base.evidence())) {
            TextSpan span = located.quotes().get(spec.key());
            Evidence ev = Evidence.findByKey(spec.key())
                    .orElseGet(() -> Evidence.create(spec.key(), article, Provenance.CURATED, CURATOR, now));
            ev.article = article;
            List<EvidenceFactory.Figure> figures = new ArrayList<>();
            for (var q : orEmpty(spec.quantities())) {
                figures.add(EvidenceFactory.Figure.in(spec.quote(), q.text(), q.value(), q.unit(), q.kind(), q.bound()));
            }
            EvidenceFactory.fill(ev, spec.quote(), span.start(), spec.occurrence() == null ? 0 : spec.occurrence(),
                    new EvidenceFactory.Grading(spec.speaker(), spec.certainty(), spec.kind(),
                            spec.importance() == null ? 3 : spec.importance(), spec.note(), EvidenceStatus.CONFIRMED),
                    figures);
            ev.speakerActor = spec.speakerActor() == null ? null : actors.get(spec.speakerActor());
            ev.keywords = io.briefing.knowledge.Keywords.join(orEmpty(spec.keywords()));
            ev.provenance = Provenance.CURATED;
            ev.touch(CURATOR, now);
            ev.actors.clear();
            orEmpty(spec.actors()).forEach(slug -> ev.actors.add(actors.get(slug)));
            ev.topics.clear();
            orEmpty(spec.topics()).forEach(slug -> ev.topics.add(topics.get(slug)));
            ev.persist();
            curated.put(spec.key(), ev);
        }
        return curated;
    }

    private void upsertMotives(CuratedBase base, Map<String, Actor> actors, Map<String, Topic> topics,
            Map<String, Evidence> evidence, Instant now) {
        for (var spec : orEmpty(base.motives())) {
            Motive motive = Motive.findByKey(spec.key()).orElseGet(() -> {
                Motive m = new Motive();
                m.key = spec.key();
                return m;
            });
            motive.actor = actors.get(spec.actor());
            motive.kind = spec.kind();
            motive.statement = spec.statement();
            motive.importance = spec.importance() == null ? 3 : spec.importance();
            motive.provenance = Provenance.CURATED;
            motive.status = io.briefing.knowledge.ReviewStatus.CONFIRMED;
            motive.touch(CURATOR, now);
            motive.topics.clear();
            orEmpty(spec.topics()).forEach(slug -> motive.topics.add(topics.get(slug)));
            Map<String, EvidenceRole> wanted = new java.util.LinkedHashMap<>();
            orEmpty(spec.supportedBy()).forEach(key -> wanted.put(key, EvidenceRole.SUPPORTS));
            orEmpty(spec.complicatedBy()).forEach(key -> wanted.putIfAbsent(key, EvidenceRole.COMPLICATES));
            // Curated links follow the file; links editors added to curated motives stay.
            motive.evidence.removeIf(link -> link.evidence.provenance == Provenance.CURATED
                    && !wanted.containsKey(link.evidence.key));
            wanted.forEach((key, role) -> motive.link(evidence.get(key), role));
            motive.persist();
        }
    }

    /**
     * Curated records that no curated file defines any more go, and database cascades remove their
     * links. An actor that editors' motives or evidence still use stays (deleting it would cascade
     * into their work).
     */
    private void removeDropped(CuratedKeys curated, Article article) {
        Motive.getEntityManager().flush();
        Motive.delete("provenance = ?1 and key not in ?2", Provenance.CURATED, curated.motives());
        Evidence.delete("provenance = ?1 and article = ?2 and key not in ?3", Provenance.CURATED, article, curated.evidence());
        Topic.delete("provenance = ?1 and slug not in ?2", Provenance.CURATED, curated.topics());
        Actor.getEntityManager().createQuery("delete from Actor a where a.provenance = :curated and a.slug not in :slugs"
                        + " and not exists (select 1 from Motive m where m.actor = a and m.provenance <> :curated)"
                        + " and not exists (select 1 from Evidence e join e.actors ea where ea = a and e.provenance <> :curated)")
                .setParameter("curated", Provenance.CURATED).setParameter("slugs", curated.actors()).executeUpdate();
    }

    private static Set<String> keys(Set<String> values) {
        Set<String> set = new LinkedHashSet<>(values);
        // "not in ()" is invalid SQL; a sentinel keeps the statement valid when the list is empty. A control
        // character no key contains, but not NUL: PostgreSQL refuses 0x00 in text parameters.
        set.add("\u0001none");
        return set;
    }
}
