package io.briefing.snapshot;

import io.briefing.article.Article;
import io.briefing.article.ArticleAnalyzer;
import io.briefing.article.ArticleText;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.EvidenceQuantity;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.Topic;
import io.briefing.knowledge.extraction.TimeExpressionExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the whole knowledge base with a fixed number of SQL statements (one per table or link
 * table, eleven in all, whatever the number of records) and links it into a {@link KnowledgeSnapshot}.
 */
@ApplicationScoped
public class SnapshotLoader {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SnapshotLoader.class);

    static final Comparator<EvidenceView> READING_ORDER = Comparator.<EvidenceView, String>comparing(e -> e.getArticle().getSlug())
            .thenComparingInt(EvidenceView::getStart).thenComparing(EvidenceView::getKey);
    /** Reviewed before candidates; then most important first; ties keep the order in which motives were curated (their ids). */
    static final Comparator<MotiveView> MOTIVE_ORDER = Comparator.comparing(MotiveView::getStatus)
            .thenComparing(Comparator.comparingInt(MotiveView::importance).reversed())
            .thenComparingLong(m -> m.dbId);

    /** Stateless and thread-safe; time expressions are recomputed from quote and publication date with every snapshot, so nothing stored can drift from either. */
    private static final TimeExpressionExtractor TIMES = new TimeExpressionExtractor();

    private final EntityManager em;
    private final ArticleAnalyzer analyzer;

    public SnapshotLoader(EntityManager em, ArticleAnalyzer analyzer) {
        this.em = em;
        this.analyzer = analyzer;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public KnowledgeSnapshot load(long generation) {
        Map<Long, ArticleView> articles = new HashMap<>();
        for (Article a : em.createQuery("select a from Article a order by a.id", Article.class).getResultList()) {
            articles.put(a.id, new ArticleView(a.id, a.slug, a.title, a.source, a.url, a.publishedOn, a.origin,
                    a.contentHash, a.createdAt, analysis(a)));
        }

        analyzer.retainOnly(articles.values().stream().map(ArticleView::getContentHash).toList());

        Map<Long, ActorView> actors = new HashMap<>();
        Map<Long, Long> represents = new HashMap<>();
        for (Object[] row : rows("select a, r.id from Actor a left join a.represents r order by a.id")) {
            Actor a = (Actor) row[0];
            actors.put(a.id, new ActorView(a.id, a.slug, a.name, a.kind, a.description, a.status, a.provenance, a.version,
                    a.updatedAt));
            if (row[1] != null) {
                represents.put(a.id, (Long) row[1]);
            }
        }
        represents.forEach((actor, country) -> actors.get(actor).represents = actors.get(country));
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Object[] row : rows("select al.actor.id, al.alias from ActorAlias al order by al.id")) {
            aliases.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        aliases.forEach((actor, names) -> actors.get(actor).aliases = List.copyOf(names));

        Map<Long, TopicView> topics = new HashMap<>();
        for (Topic t : em.createQuery("select t from Topic t order by t.slug", Topic.class).getResultList()) {
            topics.put(t.id, new TopicView(t.id, t.slug, t.name, t.description, t.keywordList(), t.provenance,
                    t.version, t.updatedAt));
        }

        Map<Long, EvidenceView> evidence = new HashMap<>();
        for (Object[] row : rows("select e, e.article.id, sa.id from Evidence e left join e.speakerActor sa")) {
            Evidence e = (Evidence) row[0];
            ArticleView source = articles.get((Long) row[1]);
            if (!quotesExactly(source.getText(), e)) {
                // The promise is text[start, end) == quote; an item that breaks it is never served.
                LOG.errorf("Evidence %s does not match article %s at [%d, %d); left out of the snapshot",
                        e.key, source.getSlug(), e.startOffset, e.endOffset);
                continue;
            }
            EvidenceView view = new EvidenceView(e.id, e.key, e.quote, e.startOffset, e.endOffset, e.speaker, e.certainty, e.kind,
                    e.importance, e.note, io.briefing.knowledge.Keywords.split(e.keywords), e.provenance, e.status, e.version,
                    e.updatedAt);
            view.article = source;
            view.speakerActor = row[2] == null ? null : actors.get((Long) row[2]);
            ArticleText text = source.analysis();
            view.cleanQuote = text.cleanReading(view.span());
            view.artifacts = text.artifactsWithin(view.span()).stream().map(ArtifactView::new).toList();
            view.paragraphIndex = text.paragraphAt(e.startOffset).map(p -> p.index()).orElse(null);
            view.section = text.headingBefore(e.startOffset).map(h -> h.span().of(text.raw())).orElse(null);
            view.times = TIMES.extract(e.quote, e.startOffset, source.getPublishedOn()).stream().map(TimeExpressionView::of).toList();
            evidence.put(e.id, view);
        }
        Map<Long, List<ActorView>> evidenceActors = pairs("select e.id, a.id from Evidence e join e.actors a", actors);
        Map<Long, List<TopicView>> evidenceTopics = pairs("select e.id, t.id from Evidence e join e.topics t", topics);
        Map<Long, List<QuantityView>> quantities = new HashMap<>();
        for (Object[] row : rows("select q, q.evidence.id from EvidenceQuantity q order by q.position")) {
            EvidenceQuantity q = (EvidenceQuantity) row[0];
            quantities.computeIfAbsent((Long) row[1], k -> new ArrayList<>())
                    .add(new QuantityView(q.text, q.amount, q.unit, q.kind, q.bound, q.startOffset, q.endOffset));
        }
        evidence.forEach((id, view) -> {
            view.actors = sorted(evidenceActors.get(id), ActorView::getSlug);
            view.topics = sorted(evidenceTopics.get(id), TopicView::getSlug);
            view.quantities = List.copyOf(quantities.getOrDefault(id, List.of()));
        });

        Map<Long, MotiveView> motives = new HashMap<>();
        for (Object[] row : rows("select m, m.actor.id from Motive m")) {
            Motive m = (Motive) row[0];
            MotiveView view = new MotiveView(m.id, m.key, m.kind, m.statement, m.importance, m.status, m.provenance, m.version,
                    m.updatedAt);
            view.actor = actors.get((Long) row[1]);
            motives.put(m.id, view);
        }
        Map<Long, List<TopicView>> motiveTopics = pairs("select m.id, t.id from Motive m join m.topics t", topics);
        Map<Long, List<EvidenceView>> supporting = new HashMap<>();
        Map<Long, List<EvidenceView>> complicating = new HashMap<>();
        for (Object[] row : rows("select l.motive.id, l.evidence.id, l.role from MotiveEvidence l order by l.id")) {
            var target = row[2] == EvidenceRole.SUPPORTS ? supporting : complicating;
            EvidenceView item = evidence.get((Long) row[1]);
            if (item != null) {
                target.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(item);
            }
        }
        motives.forEach((id, view) -> {
            view.topics = sorted(motiveTopics.get(id), TopicView::getSlug);
            // Curated order: the curator lists the most direct evidence first; editors' links follow.
            view.supporting = List.copyOf(supporting.getOrDefault(id, List.of()));
            view.complicating = List.copyOf(complicating.getOrDefault(id, List.of()));
        });

        // Reverse links, computed in memory.
        List<MotiveView> motiveList = motives.values().stream().sorted(MOTIVE_ORDER).toList();
        Map<ActorView, List<MotiveView>> byActor = new HashMap<>();
        Map<TopicView, List<MotiveView>> byTopic = new HashMap<>();
        for (MotiveView m : motiveList) {
            byActor.computeIfAbsent(m.actor, k -> new ArrayList<>()).add(m);
            m.topics.forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(m));
        }
        actors.values().forEach(a -> a.motives = List.copyOf(byActor.getOrDefault(a, List.of())));
        topics.values().forEach(t -> t.motives = List.copyOf(byTopic.getOrDefault(t, List.of())));
        List<EvidenceView> evidenceList = evidence.values().stream().sorted(READING_ORDER).toList();
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
            a.passages.forEach(p -> p.actors = mentions.in(p.getCleanQuote()));
        });
        topics.values().forEach(t -> t.evidence = List.copyOf(evidenceByTopic.getOrDefault(t, List.of())));

        em.clear();
        return new KnowledgeSnapshot(generation, Instant.now(),
                articles.values().stream().sorted(Comparator.comparing(ArticleView::getSlug)).toList(),
                actors.values().stream().sorted(Comparator.comparing(ActorView::getSlug)).toList(),
                topics.values().stream().sorted(Comparator.comparing(TopicView::getSlug)).toList(),
                evidenceList, motiveList);
    }

    private static boolean quotesExactly(String text, Evidence e) {
        return e.startOffset >= 0 && e.endOffset <= text.length() && e.startOffset < e.endOffset
                && text.regionMatches(e.startOffset, e.quote, 0, e.quote.length()) && e.quote.length() == e.endOffset - e.startOffset;
    }

    private ArticleText analysis(Article article) {
        return analyzer.analyse(article.contentHash, article.body);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String jpql) {
        return em.createQuery(jpql).getResultList();
    }

    private <V> Map<Long, List<V>> pairs(String jpql, Map<Long, V> targets) {
        Map<Long, List<V>> result = new HashMap<>();
        for (Object[] row : rows(jpql)) {
            V target = targets.get((Long) row[1]);
            if (target != null) {
                result.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(target);
            }
        }
        return result;
    }

    private static <V> List<V> sorted(List<V> values, Function<V, String> key) {
        return values == null ? List.of() : values.stream().sorted(Comparator.comparing(key)).toList();
    }

}
